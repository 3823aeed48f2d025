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

import reactor.core.publisher.Mono;

/**
 * Sends OCR calls. One instance per endpoint, made by {@link OcrTransport#newClient}: it applies the endpoint's
 * concurrency limit, authentication and retry policy, and shares the transport's connection pool, IAM token cache and
 * access-key guard. Thread-safe; never blocks the caller.
 */
public interface OcrClient extends AutoCloseable {

    /**
     * Sends the call, retrying what is retryable, and completes with the answer or with a
     * {@link io.github.huaweiocr.camel.error.HuaweiOcrException} that explains the failure. Nothing happens until the
     * Mono is subscribed.
     */
    Mono<OcrResponse> recognize(OcrCall call);

    /**
     * Refuses further calls. The connection pool and caches belong to the {@link OcrTransport} and are released when
     * it is closed.
     */
    @Override
    void close();
}
