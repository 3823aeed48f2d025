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
package io.github.huaweiocr.examples.httpgateway;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.*}: where the gateway listens and how large an upload it takes. The defaults are the safe ones: the
 * gateway forwards to a paid API without authenticating its callers, so it listens on the loopback interface only
 * unless {@code gateway.host} says otherwise.
 */
@ConfigurationProperties(prefix = "gateway")
public class GatewayProperties {

    /** The address to listen on: {@code 127.0.0.1} (this machine only) unless set, {@code 0.0.0.0} for all. */
    private String host = "127.0.0.1";

    /** The port of the upload page and of {@code POST /ocr/{operation}}. */
    private int port = 8080;

    /** The largest request body accepted, in bytes; a larger upload is answered 413 without being read. */
    private long maxUploadBytes = 16L * 1024 * 1024;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public long getMaxUploadBytes() {
        return maxUploadBytes;
    }

    public void setMaxUploadBytes(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Whether only this machine can reach the gateway (a loopback address, or a name that resolves to one). */
    public boolean isLoopbackOnly() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
