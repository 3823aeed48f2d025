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
