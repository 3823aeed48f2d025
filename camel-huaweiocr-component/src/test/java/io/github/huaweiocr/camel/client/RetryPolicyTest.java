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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.error.ErrorKind;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.error.HuaweiOcrThrottledException;
import io.github.huaweiocr.camel.error.HuaweiOcrTransportException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Delays stay within the configured bounds; throttling always waits 2 to 5 seconds at least. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1),
            RetryListener.NONE);

    @Test
    void backoffGrowsWithJitterWithinInitialAndMaximumDelay() {
        HuaweiOcrTransportException reset = new HuaweiOcrTransportException(HuaweiOcrOperation.GENERAL_TEXT,
                "reset", 1, true, null);
        for (int i = 0; i < 200; i++) {
            assertThat(policy.delay(1, reset)).isBetween(Duration.ofMillis(100), Duration.ofMillis(150));
            assertThat(policy.delay(3, reset)).isBetween(Duration.ofMillis(200), Duration.ofMillis(600));
            assertThat(policy.delay(10, reset)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        }
    }

    @Test
    void throttlingWaitsTwoToFiveSecondsEvenWithAShortBackoff() {
        HuaweiOcrThrottledException throttled = new HuaweiOcrThrottledException(HuaweiOcrOperation.GENERAL_TEXT,
                429, "APIG.0308", "over ratelimit", "r", 1, "wait");
        HuaweiOcrServiceException concurrency = new HuaweiOcrServiceException(HuaweiOcrOperation.GENERAL_TEXT, 429,
                "ModelArts.4401", "Max concurrency error.", "r", 1, ErrorKind.THROTTLED, true, "wait");
        for (int i = 0; i < 200; i++) {
            assertThat(policy.delay(1, throttled)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(5));
            assertThat(policy.delay(4, concurrency)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(5));
        }
    }

    @Test
    void throttlingHonoursALongerConfiguredBackoff() {
        RetryPolicy slow = new RetryPolicy(3, Duration.ofSeconds(8), Duration.ofSeconds(20), RetryListener.NONE);
        HuaweiOcrThrottledException throttled = new HuaweiOcrThrottledException(HuaweiOcrOperation.GENERAL_TEXT,
                429, "APIG.0308", "over ratelimit", "r", 1, "wait");
        assertThat(slow.delay(1, throttled)).isGreaterThanOrEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void onlyRetryableHuaweiFailuresAreRetried() {
        assertThat(RetryPolicy.isRetryable(new HuaweiOcrTransportException(null, "reset", 1, true, null))).isTrue();
        assertThat(RetryPolicy.isRetryable(new HuaweiOcrTransportException(null, "tls", 1, false, null))).isFalse();
        assertThat(RetryPolicy.isRetryable(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void retryingSubscribesAgainUntilTheRetriesAreUsedUpAndRethrowsTheLastFailure() {
        List<Integer> told = new CopyOnWriteArrayList<>();
        RetryPolicy quick = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2),
                (operation, retry, delay, failure) -> told.add(retry));
        AtomicInteger attempts = new AtomicInteger();
        Mono<String> alwaysReset = Mono.defer(() -> Mono.error(new HuaweiOcrTransportException(
                HuaweiOcrOperation.GENERAL_TEXT, "reset " + attempts.incrementAndGet(), attempts.get(), true, null)));

        assertThatThrownBy(() -> quick.retrying(HuaweiOcrOperation.GENERAL_TEXT, alwaysReset).block())
                .isInstanceOf(HuaweiOcrTransportException.class).hasMessageContaining("reset 4");
        assertThat(attempts).hasValue(4);
        assertThat(told).containsExactly(1, 2, 3);
    }

    @Test
    void retryingAnswersTheFirstSuccessAndNeverRetriesAFailureThatIsNotRetryable() {
        RetryPolicy quick = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2), RetryListener.NONE);
        AtomicInteger attempts = new AtomicInteger();
        Mono<String> secondWorks = Mono.defer(() -> attempts.incrementAndGet() < 2
                ? Mono.error(new HuaweiOcrTransportException(HuaweiOcrOperation.GENERAL_TEXT, "reset", 1, true, null))
                : Mono.just("answer"));
        assertThat(quick.retrying(HuaweiOcrOperation.GENERAL_TEXT, secondWorks).block()).isEqualTo("answer");
        assertThat(attempts).hasValue(2);

        AtomicInteger refusals = new AtomicInteger();
        Mono<String> refused = Mono.defer(() -> {
            refusals.incrementAndGet();
            return Mono.error(new HuaweiOcrTransportException(HuaweiOcrOperation.GENERAL_TEXT, "tls", 1, false, null));
        });
        assertThatThrownBy(() -> quick.retrying(HuaweiOcrOperation.GENERAL_TEXT, refused).block())
                .hasMessageContaining("tls");
        assertThat(refusals).hasValue(1);
    }
}
