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
package io.github.huaweiocr.emulator;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.huaweiocr.emulator.server.EmulatorHttpHandler;
import io.github.huaweiocr.emulator.server.EmulatorServices;
import io.github.huaweiocr.emulator.server.TlsContexts;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A local stand-in for Huawei Cloud OCR and IAM on one HTTP(S) port: the 52 OCR operations under
 * {@code /v2/{project_id}/ocr/}, {@code /v3/auth/tokens}, {@code /v3/projects}, and the admin API under
 * {@code /_emulator/}.
 *
 * <pre>{@code
 * try (HuaweiOcrEmulator emulator = new HuaweiOcrEmulator(EmulatorConfig.builder().engine("synthetic").build())) {
 *     emulator.start();
 *     String endpoint = emulator.baseUrl();
 * }
 * }</pre>
 */
public final class HuaweiOcrEmulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HuaweiOcrEmulator.class);

    /** The gateway refuses request lines longer than 32 KB and header blocks larger than 128 KB. */
    private static final int MAX_INITIAL_LINE = 32 * 1024;
    private static final int MAX_HEADER_SIZE = 128 * 1024;

    private final EmulatorConfig config;
    private EmulatorServices services;
    private DisposableServer server;
    /** Set once bound; read by request handlers without taking this object's lock. */
    private volatile String baseUrl;

    public HuaweiOcrEmulator(EmulatorConfig config) {
        this.config = config;
    }

    /** Binds the port and loads the recognition engine; returns this emulator. */
    public synchronized HuaweiOcrEmulator start() {
        if (server != null) {
            throw new IllegalStateException("the emulator is already running");
        }
        EmulatorServices started = new EmulatorServices(config, Clock.systemUTC(), () -> baseUrl);
        try {
            HttpServer http = HttpServer.create()
                    .host(config.host())
                    .port(config.port())
                    .httpRequestDecoder(spec -> spec.maxInitialLineLength(MAX_INITIAL_LINE)
                            .maxHeaderSize(MAX_HEADER_SIZE))
                    .handle(new EmulatorHttpHandler(started));
            if (config.tls()) {
                var ssl = TlsContexts.selfSigned(config.host());
                http = http.secure(spec -> spec.sslContext(ssl));
            }
            this.services = started;
            this.server = http.bindNow(Duration.ofSeconds(30));
            this.baseUrl = (config.tls() ? "https://" : "http://") + hostForUrl() + ":" + server.port();
        } catch (RuntimeException e) {
            this.services = null;
            started.close();
            throw e;
        }
        LOG.info("Huawei OCR emulator started on {} (region {}, project {})", baseUrl(), config.region(),
                config.projectId());
        return this;
    }

    /** Stops serving and releases the port and the engine. Safe to call twice. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.disposeNow(Duration.ofSeconds(10));
        } finally {
            server = null;
            services.close();
            services = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The port actually bound (useful with port 0). */
    public synchronized int port() {
        requireRunning();
        return server.port();
    }

    /** {@code http://host:port} (https with TLS), without a trailing slash: the OCR and IAM endpoint. */
    public synchronized String baseUrl() {
        requireRunning();
        return baseUrl;
    }

    public EmulatorConfig config() {
        return config;
    }

    public String region() {
        return config.region();
    }

    public String projectId() {
        return config.projectId();
    }

    public String accessKey() {
        return config.accessKey();
    }

    public String secretKey() {
        return config.secretKey();
    }

    public String username() {
        return config.user();
    }

    public String password() {
        return config.password();
    }

    public String domainName() {
        return config.domain();
    }

    /** The running emulator's state (statistics, faults, quota, tokens, engine), for in-process control. */
    public synchronized EmulatorServices services() {
        requireRunning();
        return services;
    }

    private String hostForUrl() {
        String host = config.host();
        if (host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private void requireRunning() {
        if (server == null) {
            throw new IllegalStateException("the emulator is not running");
        }
    }
}
