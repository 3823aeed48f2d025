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

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import io.github.huaweiocr.camel.auth.IamToken;
import io.github.huaweiocr.camel.auth.TokenIdentity;
import io.github.huaweiocr.camel.error.ErrorKind;
import io.github.huaweiocr.camel.error.HuaweiOcrAuthenticationException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;

/**
 * IAM tokens: one token per identity, shared through the transport's cache and read when an attempt gets its permit;
 * a token that expired in flight is dropped before the permit is released, and the attempt sent once more with a new
 * one.
 */
final class TokenAuthentication implements Authentication {

    private static final Logger LOG = LoggerFactory.getLogger(TokenAuthentication.class);

    private final OcrClientSettings settings;
    private final OcrTransport transport;
    private final HttpClient http;
    private final TokenIdentity identity;

    TokenAuthentication(OcrClientSettings settings, OcrTransport transport, HttpClient http) {
        if (isBlank(settings.username()) || settings.password() == null || isBlank(settings.domainName())) {
            throw new IllegalArgumentException("authMode TOKEN needs username, password and domainName");
        }
        if (settings.iamEndpoint() == null) {
            throw new IllegalArgumentException("authMode TOKEN needs iamEndpoint or region");
        }
        this.settings = settings;
        this.transport = transport;
        this.http = http;
        this.identity = TokenIdentity.of(settings.iamEndpoint(), settings.domainName(), settings.username(),
                settings.region(), settings.projectId(), settings.password());
    }

    @Override
    public Mono<OcrResponse> attempt(Function<Identity, Mono<OcrResponse>> send) {
        return attempt(send, true);
    }

    private Mono<OcrResponse> attempt(Function<Identity, Mono<OcrResponse>> send, boolean mayRenew) {
        // The token that went out with this attempt, read when the attempt got its permit: a call that waited for a
        // permit while the token was renewed sends the new one.
        AtomicReference<String> sent = new AtomicReference<>();
        return transport.tokens().token(http, identity, settings.password())
                .flatMap(this::projectIdFor)
                .flatMap(id -> send.apply(new Identity(id, (uri, headers, bodySha256) -> transport.tokens()
                        .token(http, identity, settings.password())
                        .map(token -> {
                            sent.set(token.value());
                            return Map.of("X-Auth-Token", token.value());
                        }), refused -> {
                            // Dropped while this attempt still holds its permit: a call that was waiting for it
                            // reads a new token, not the one just refused.
                            if (isTokenExpired(refused)) {
                                transport.tokens().invalidate(identity, sent.get());
                            }
                        })))
                .onErrorResume(e -> mayRenew && isTokenExpired(e), e -> {
                    LOG.debug("IAM token for {} expired ({}); obtaining a new one and sending again",
                            identity.username(), ((HuaweiOcrServiceException) e).getErrorCode());
                    return attempt(send, false);
                });
    }

    private Mono<String> projectIdFor(IamToken token) {
        if (settings.projectId() != null) {
            return Mono.just(settings.projectId());
        }
        if (token.projectId() != null) {
            return Mono.just(token.projectId());
        }
        return transport.projects().resolve(http, settings.iamEndpoint(), settings.region(),
                identity.username() + "@" + identity.domainName(),
                uri -> Mono.just(Map.of("X-Auth-Token", token.value())));
    }

    private static boolean isTokenExpired(Throwable e) {
        return e instanceof HuaweiOcrAuthenticationException auth && auth.getKind() == ErrorKind.TOKEN_EXPIRED;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
