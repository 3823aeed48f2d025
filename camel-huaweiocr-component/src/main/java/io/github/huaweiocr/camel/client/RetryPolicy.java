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
import java.util.concurrent.ThreadLocalRandom;

import io.github.huaweiocr.camel.error.ErrorKind;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.error.HuaweiOcrThrottledException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Which failures are sent again and after how long. Retryable failures (throttling, gateway and backend hiccups,
 * connection resets, timeouts, truncated responses) are retried up to {@code maxRetries} times with exponential backoff
 * from {@code initialDelay} to {@code maxDelay} and +/-50 % jitter, as Reactor's {@code Retry.backoff} computes it.
 * Throttling differs in one way: Huawei asks to wait 2 to 5 seconds, so a throttled call waits
 * {@code max(backoff, 2 s + random 0..3 s)}. Nothing else (input, authentication, signature) is retried. The last
 * failure is rethrown as it is, carrying the total attempt count.
 */
final class RetryPolicy {

    static final Duration THROTTLE_MIN_DELAY = Duration.ofSeconds(2);
    private static final long THROTTLE_SPREAD_MILLIS = 3000;
    private static final double JITTER = 0.5;
    private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

    private final int maxRetries;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final RetryListener listener;

    RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, RetryListener listener) {
        this.maxRetries = Math.max(0, maxRetries);
        this.initialDelay = initialDelay == null ? Duration.ofMillis(500) : initialDelay;
        this.maxDelay = maxDelay == null ? Duration.ofSeconds(30) : maxDelay;
        this.listener = listener;
    }

    /**
     * {@code attempt} (a cold Mono, subscribed again for each retry) with this policy's retries. A call that succeeds
     * at once costs one operator: the retry state is only built when a failure comes (Reactor's {@code retryWhen}
     * would build a companion sink and queue for every call).
     */
    <T> Mono<T> retrying(HuaweiOcrOperation operation, Mono<T> attempt) {
        return retrying(operation, attempt, 1);
    }

    private <T> Mono<T> retrying(HuaweiOcrOperation operation, Mono<T> attempt, long retry) {
        return attempt.onErrorResume(failure -> {
            if (!isRetryable(failure) || retry > maxRetries) {
                return Mono.error(failure);
            }
            Duration delay = delay(retry, failure);
            LOG.debug("{} will be retried ({} of {}) in {} ms: {}", operation.segment(), retry, maxRetries,
                    delay.toMillis(), failure.getMessage());
            listener.beforeRetry(operation, (int) retry, delay, failure);
            return Mono.delay(delay).then(retrying(operation, attempt, retry + 1));
        });
    }

    static boolean isRetryable(Throwable failure) {
        return failure instanceof HuaweiOcrException e && e.isRetryable();
    }

    static boolean isThrottle(Throwable failure) {
        return failure instanceof HuaweiOcrThrottledException
                || failure instanceof HuaweiOcrServiceException e && e.getKind() == ErrorKind.THROTTLED;
    }

    /** The pause before retry number {@code retry} (1-based). */
    Duration delay(long retry, Throwable failure) {
        long base = initialDelay.toMillis() * (1L << Math.min(30, retry - 1));
        long capped = Math.min(base < 0 ? Long.MAX_VALUE : base, maxDelay.toMillis());
        long spread = (long) (capped * JITTER);
        long jittered = spread == 0 ? capped
                : capped + ThreadLocalRandom.current().nextLong(-spread, spread + 1);
        jittered = Math.max(initialDelay.toMillis(), Math.min(jittered, maxDelay.toMillis()));
        if (isThrottle(failure)) {
            long floor = THROTTLE_MIN_DELAY.toMillis() + ThreadLocalRandom.current().nextLong(THROTTLE_SPREAD_MILLIS + 1);
            jittered = Math.max(jittered, floor);
        }
        return Duration.ofMillis(jittered);
    }
}
