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
package io.github.huaweiocr.camel.support;

import java.io.ByteArrayInputStream;
import java.net.URI;

import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.github.huaweiocr.camel.obs.ObsSettings;
import io.github.huaweiocr.camel.operation.Limits;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

/**
 * A real S3 server (s3proxy with an in-memory blob store) on a free loopback port. Register it as a static
 * {@code @RegisterExtension} field to have it stopped after the test class; it is started when created, because
 * camel-minio checks its bucket when a route starts and the emulator is configured with the store's address.
 */
public final class S3ProxyServer implements AutoCloseable, AfterAllCallback {

    public static final String ACCESS_KEY = "AKOBSTEST0000000";
    public static final String SECRET_KEY = "obs-test-secret-key-0000000000000";

    private final S3Proxy proxy;
    private final MinioClient uploader;

    public S3ProxyServer() throws Exception {
        proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        uploader = MinioClient.builder().endpoint(endpoint()).credentials(ACCESS_KEY, SECRET_KEY).build();
    }

    /** A started store holding one empty bucket; for static initialisers, so a failure is unchecked. */
    public static S3ProxyServer withBucket(String bucket) {
        try {
            S3ProxyServer s3 = new S3ProxyServer();
            s3.createBucket(bucket);
            return s3;
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** The endpoint URI options that make the component read objects from this store. */
    public String uriOptions() {
        return "&obsEndpoint=" + endpoint() + "&obsAccessKey=RAW(" + ACCESS_KEY + ")&obsSecretKey=RAW(" + SECRET_KEY
               + ")";
    }

    /** An emulator that downloads presigned URLs of this store, as Huawei OCR reads OBS. */
    public HuaweiOcrEmulatorExtension emulatorReadingThisStore() {
        return new HuaweiOcrEmulatorExtension()
                .configure(b -> b.obsEndpoint(URI.create(endpoint())).obsCredentials(ACCESS_KEY, SECRET_KEY));
    }

    public void createBucket(String bucket) throws Exception {
        uploader.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
    }

    public void put(String bucket, String key, byte[] data, String contentType) throws Exception {
        uploader.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(new ByteArrayInputStream(data), data.length, -1).contentType(contentType).build());
    }

    public ObsSettings settings(String region) {
        return new ObsSettings(endpoint(), region, ACCESS_KEY, SECRET_KEY, null, ObsSettings.DEFAULT_URL_EXPIRY,
                false, Limits.MAX_RAW_LENGTH, null);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
    }

    @Override
    public void close() throws Exception {
        uploader.close();
        proxy.stop();
    }
}
