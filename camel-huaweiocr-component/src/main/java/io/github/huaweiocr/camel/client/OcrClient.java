package io.github.huaweiocr.camel.client;

import reactor.core.publisher.Mono;

/**
 * Sends OCR calls. One instance per component: it owns the connection pool, the IAM token cache, the concurrency limit
 * and the retry policy. Thread-safe; never blocks the caller.
 */
public interface OcrClient extends AutoCloseable {

    /**
     * Sends the call, retrying what is retryable, and completes with the answer or with a
     * {@link io.github.huaweiocr.camel.error.HuaweiOcrException} that explains the failure. Nothing happens until the
     * Mono is subscribed.
     */
    Mono<OcrResponse> recognize(OcrCall call);

    /** Closes the connection pool and stops background work. */
    @Override
    void close();
}
