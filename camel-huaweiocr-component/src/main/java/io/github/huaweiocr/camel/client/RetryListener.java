package io.github.huaweiocr.camel.client;

import java.time.Duration;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/** Told about every retry before its delay starts: for logging, metrics and tests of the delays chosen. */
@FunctionalInterface
interface RetryListener {

    RetryListener NONE = (operation, retry, delay, cause) -> {
    };

    /**
     * @param retry 1 for the first retry
     * @param delay the pause before it
     * @param cause the failure that is retried
     */
    void beforeRetry(HuaweiOcrOperation operation, int retry, Duration delay, Throwable cause);
}
