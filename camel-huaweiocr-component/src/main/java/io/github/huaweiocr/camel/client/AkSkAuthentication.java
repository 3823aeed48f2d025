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
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import io.github.huaweiocr.camel.auth.AkSkSigner;
import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.error.ErrorKind;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;

/**
 * AK/SK signatures: the credentials are asked for before every attempt (a provider may rotate them), the project id
 * is looked up once per key when not configured, and every answer feeds the guard that stops a key from being locked
 * out by Huawei after repeated signature failures.
 */
final class AkSkAuthentication implements Authentication {

    private final OcrClientSettings settings;
    private final OcrTransport transport;
    private final HttpClient http;

    AkSkAuthentication(OcrClientSettings settings, OcrTransport transport, HttpClient http) {
        if (settings.credentials() == null) {
            throw new IllegalArgumentException("authMode AKSK needs an access key and secret key"
                    + " (or a credentialsProvider)");
        }
        this.settings = settings;
        this.transport = transport;
        this.http = http;
    }

    @Override
    public Mono<OcrResponse> attempt(Function<Identity, Mono<OcrResponse>> send) {
        Credentials credentials = settings.credentials().resolve();
        if (credentials == null) {
            return Mono.error(new HuaweiOcrException("The credentials provider returned no credentials"));
        }
        String accessKey = credentials.accessKey();
        transport.guard().check(accessKey);
        Mono<String> projectId = settings.projectId() != null ? Mono.just(settings.projectId())
                : transport.projects().resolve(http, settings.iamEndpoint(), settings.region(), accessKey,
                        uri -> Mono.fromSupplier(() -> transport.signer().sign("GET", uri, Map.of(),
                                AkSkSigner.EMPTY_BODY_SHA256, credentials)));
        return projectId.flatMap(id -> send.apply(new Identity(id, (uri, headers, bodySha256) -> Mono.just(
                        transport.signer().sign("POST", uri, headers, bodySha256, credentials))))
                .doOnNext(ok -> transport.guard().recordAccepted(accessKey))
                .doOnError(e -> guard(accessKey, e)));
    }

    private void guard(String accessKey, Throwable e) {
        if (!(e instanceof HuaweiOcrServiceException failure)) {
            return;
        }
        if (failure.getKind() == ErrorKind.SIGNATURE) {
            String message = failure.getErrorMessage() == null ? "" : failure.getErrorMessage();
            transport.guard().recordSignatureFailure(accessKey, message.contains("reach the limit"));
        } else if (failure.getStatusCode() != 401 && failure.getStatusCode() != 403) {
            // Any other answer from behind the gateway means the signature was accepted.
            transport.guard().recordAccepted(accessKey);
        }
    }
}
