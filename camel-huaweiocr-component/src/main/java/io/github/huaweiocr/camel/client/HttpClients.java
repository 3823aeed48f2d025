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
package io.github.huaweiocr.camel.client;

import java.time.Duration;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import reactor.netty.transport.ProxyProvider;

/**
 * Builds one endpoint's reactor-netty {@link HttpClient} on the component's shared connection pool and event loop:
 * the connect timeout, proxy and TLS trust come from the endpoint's settings (the wait for an answer and the silence
 * tolerated once it has started are the {@link StalledAnswerGuard}'s, set per request by the {@link HttpSender}). Cheap: no connection or thread is created here.
 */
final class HttpClients {

    private HttpClients() {
    }

    static HttpClient create(ConnectionProvider pool, LoopResources loops, OcrClientSettings settings) {
        HttpClient http = HttpClient.create(pool)
                .runOn(loops)
                .keepAlive(true)
                .followRedirect(false);
        Duration connect = settings.connectTimeout();
        if (connect != null) {
            http = http.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, connect.toMillis()));
        }
        if (settings.proxyHost() != null && !settings.proxyHost().isBlank()) {
            http = http.proxy(proxy -> {
                ProxyProvider.Builder spec = proxy.type(ProxyProvider.Proxy.HTTP).host(settings.proxyHost())
                        .port(settings.proxyPort() > 0 ? settings.proxyPort() : 8080);
                if (settings.proxyUser() != null && !settings.proxyUser().isBlank()) {
                    String password = settings.proxyPassword() == null ? "" : settings.proxyPassword();
                    spec.username(settings.proxyUser()).password(user -> password);
                }
            });
        }
        if (settings.ignoreSslVerification() || settings.trustManagerFactory() != null) {
            SslContext context = sslContext(settings);
            boolean verifyHost = !settings.ignoreSslVerification();
            http = http.secure(ssl -> ssl.sslContext(context).handlerConfigurator(handler -> {
                if (!verifyHost) {
                    SSLEngine engine = handler.engine();
                    SSLParameters parameters = engine.getSSLParameters();
                    parameters.setEndpointIdentificationAlgorithm(null);
                    engine.setSSLParameters(parameters);
                }
            }));
        }
        return http;
    }

    private static SslContext sslContext(OcrClientSettings settings) {
        try {
            SslContextBuilder builder = SslContextBuilder.forClient();
            if (settings.ignoreSslVerification()) {
                builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
            } else {
                builder.trustManager(settings.trustManagerFactory());
            }
            return builder.build();
        } catch (SSLException e) {
            throw new HuaweiOcrException("Cannot set up TLS for " + settings.endpoint() + ": " + e.getMessage(), e);
        }
    }
}
