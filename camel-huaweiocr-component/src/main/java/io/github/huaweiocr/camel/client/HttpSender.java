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

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;

import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * The send and decode steps of one attempt: posts the body with its headers and decodes the answer once, into an
 * {@link OcrResponse} or the typed error of the status, Huawei's error code or the transport failure.
 */
final class HttpSender {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSender.class);

    private final HttpClient http;
    private final String host;
    private final String userAgent;
    private final Duration requestTimeout;
    private final Duration responseIdleTimeout;

    /** @param responseIdleTimeout the silence tolerated once an answer has started; zero or null for none */
    HttpSender(HttpClient http, String host, String userAgent, Duration requestTimeout, Duration responseIdleTimeout) {
        this.http = http;
        this.host = host;
        this.userAgent = userAgent;
        this.requestTimeout = requestTimeout;
        this.responseIdleTimeout = responseIdleTimeout;
    }

    /** Posts {@code body} as attempt {@code attempt} of a call to {@code operation}. */
    Mono<OcrResponse> post(HuaweiOcrOperation operation, URI uri, Map<String, String> headers, OutgoingBody body,
                           int attempt) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} attempt {}: POST {} ({} bytes)", operation.segment(), attempt, uri, body.length());
        }
        return http.post()
                .uri(uri)
                .send((request, out) -> {
                    HttpHeaders h = request.requestHeaders();
                    headers.forEach(h::set);
                    h.set(HttpHeaderNames.USER_AGENT, userAgent);
                    h.set(HttpHeaderNames.CONTENT_LENGTH, body.length());
                    out.withConnection(connection -> StalledAnswerGuard.expect(connection, requestTimeout,
                            responseIdleTimeout));
                    return out.send(Mono.fromCallable(body::take));
                })
                .responseSingle((response, content) -> content.retain()
                        .map(buf -> decode(operation, response, buf, attempt))
                        .switchIfEmpty(Mono.fromCallable(() -> decode(operation, response, null, attempt))))
                .onErrorMap(e -> !(e instanceof HuaweiOcrException),
                        e -> TransportFailures.map(operation, e, attempt, host, requestTimeout));
    }

    private static OcrResponse decode(HuaweiOcrOperation operation, HttpClientResponse response, ByteBuf content,
                                      int attempt) {
        try {
            int status = response.status().code();
            String requestId = response.responseHeaders().get("X-Request-Id");
            if (status >= 200 && status < 300) {
                return ResponseDecoder.success(operation, status, requestId, content, attempt);
            }
            throw ResponseDecoder.failure(operation, status, requestId, content, attempt);
        } finally {
            if (content != null) {
                content.release();
            }
        }
    }
}
