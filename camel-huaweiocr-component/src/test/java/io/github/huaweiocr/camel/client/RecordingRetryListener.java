package io.github.huaweiocr.camel.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/** Remembers the delay chosen before each retry, and for which failure. */
final class RecordingRetryListener implements RetryListener {

    record Retry(int number, Duration delay, Throwable cause) {
    }

    final List<Retry> retries = new CopyOnWriteArrayList<>();

    @Override
    public void beforeRetry(HuaweiOcrOperation operation, int retry, Duration delay, Throwable cause) {
        retries.add(new Retry(retry, delay, cause));
    }
}
