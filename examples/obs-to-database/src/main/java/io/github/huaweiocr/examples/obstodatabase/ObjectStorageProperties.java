/*
 * Copyright 2026 The camel-huaweiocr maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.huaweiocr.examples.obstodatabase;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code example.obs.*}: the bucket the invoices arrive in. By default an S3 server is started in this JVM
 * ({@code embedded=true}); for Huawei OBS set {@code embedded=false}, the endpoint (e.g.
 * {@code https://obs.cn-north-4.myhuaweicloud.com}) and the keys.
 */
@ConfigurationProperties(prefix = "example.obs")
public class ObjectStorageProperties {

    /** Start an S3 server (s3proxy, files under the data folder) in this JVM and upload the sample invoices to it. */
    private boolean embedded = true;

    /** The port of the embedded S3 server; 0 picks a free one. */
    private int embeddedPort;

    /** The object store's URL; ignored when embedded. */
    private String endpoint;

    /** The object store's access key (for the embedded server: the key it accepts). */
    private String accessKey;

    /** The object store's secret key. */
    private String secretKey;

    /** The bucket holding the invoices. */
    private String bucket = "invoices";

    /**
     * The object versions this replica holds in hand (claimed, being recognised or stored) at most; a listing takes
     * new ones only while fewer are in hand, and leaves the rest for a later listing or another replica.
     */
    private int maxInFlight = 16;

    public boolean isEmbedded() {
        return embedded;
    }

    public void setEmbedded(boolean embedded) {
        this.embedded = embedded;
    }

    public int getEmbeddedPort() {
        return embeddedPort;
    }

    public void setEmbeddedPort(int embeddedPort) {
        this.embeddedPort = embeddedPort;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getBucket() {
        return bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    public int getMaxInFlight() {
        return maxInFlight;
    }

    public void setMaxInFlight(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }
}
