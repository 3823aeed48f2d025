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
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import io.github.huaweiocr.camel.auth.AuthMode;

/**
 * How a client's requests are authenticated: AK/SK signatures or an IAM token. Chosen once, when the client is
 * built, from the settings' auth mode; the client's chain calls it for every attempt.
 */
interface Authentication {

    /**
     * Runs one attempt as this client's identity: resolves who it is sent as (credentials or token, and the project
     * id), hands that to {@code send}, and handles what only this kind of authentication knows about the answer (the
     * access-key lock-out guard, a token that expired in flight).
     */
    Mono<OcrResponse> attempt(Function<Identity, Mono<OcrResponse>> send);

    /**
     * Who one attempt is sent as.
     *
     * @param projectId     the project the call is billed to
     * @param authenticator the authentication headers of the request, asked for once the attempt has its permit
     * @param refused       told why the service refused the attempt while it still holds its permit, so that what
     *                      the refusal teaches (a token that expired) is known before a waiting call gets the permit
     */
    record Identity(String projectId, Authenticator authenticator, Consumer<Throwable> refused) {

        /** An identity with nothing to learn from a refusal. */
        Identity(String projectId, Authenticator authenticator) {
            this(projectId, authenticator, error -> { });
        }
    }

    /** The authentication headers of one request, from its URI, the headers to sign and the body's SHA-256. */
    @FunctionalInterface
    interface Authenticator {
        Mono<Map<String, String>> headers(URI uri, Map<String, String> headersToSign, String bodySha256Hex);
    }

    /** The authentication the settings ask for. */
    static Authentication of(OcrClientSettings settings, OcrTransport transport, HttpClient http) {
        return settings.authMode() == AuthMode.TOKEN ? new TokenAuthentication(settings, transport, http)
                : new AkSkAuthentication(settings, transport, http);
    }
}
