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
package io.github.huaweiocr.camel;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer hands every exchange to the HTTP client and is called back from its event loop: no thread per call. */
class AsyncProducerTest extends CamelTestSupport {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    private static final int CALLS = 200;

    @Test
    void manyCallsInFlightCompleteOnAFewEventLoopThreads() throws Exception {
        // Slow answers keep the calls in flight together.
        emulator.admin().injectFault(FaultSpec.latency(Duration.ofMillis(200)));
        HuaweiOcrEndpoint endpoint = context.getEndpoint(
                EmulatorUris.akSk(emulator, "generalText", "&maxConcurrentRequests=" + CALLS), HuaweiOcrEndpoint.class);
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();
        byte[] image = TestImages.png(100, 40);
        CountDownLatch done = new CountDownLatch(CALLS);
        Set<String> callbackThreads = ConcurrentHashMap.newKeySet();
        List<Exchange> exchanges = new CopyOnWriteArrayList<>();
        int completedSynchronously = 0;
        try {
            for (int i = 0; i < CALLS; i++) {
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody(image);
                exchanges.add(exchange);
                boolean sync = producer.process(exchange, doneSync -> {
                    callbackThreads.add(Thread.currentThread().getName());
                    done.countDown();
                });
                if (sync) {
                    completedSynchronously++;
                }
            }
            assertThat(done.await(120, TimeUnit.SECONDS)).as("all calls answered").isTrue();
        } finally {
            producer.stop();
        }

        assertThat(completedSynchronously).as("calls that held the caller's thread").isZero();
        assertThat(exchanges).allSatisfy(e -> {
            assertThat(e.getException()).isNull();
            assertThat(e.getMessage().getHeader(HuaweiOcrConstants.REQUEST_ID)).isNotNull();
        });
        assertThat(callbackThreads).as("threads that completed %d calls", CALLS).hasSizeLessThan(20)
                .doesNotContain(Thread.currentThread().getName());
        assertThat(emulator.admin().requests("general-text")).isEqualTo(CALLS);
    }

    @Test
    void throttledCallsAreRetriedUntilAllSucceedAndTheAttemptsHeaderCountsEveryRequest() throws Exception {
        emulator.admin().injectFault(FaultSpec.throttle().probability(0.3));
        // Nine attempts make a call that is throttled every time (0.3^9 per call) practically impossible. Throttling
        // at random is not a used-up quota window: without adaptivePacing=false a run of its 429s would read as one,
        // naming the fault's limit (100 a minute), and pace the rest to that (QuotaPacingTest covers pacing).
        HuaweiOcrEndpoint endpoint = context.getEndpoint(EmulatorUris.akSk(emulator, "generalText",
                "&maxConcurrentRequests=" + CALLS + "&maxRetries=8&retryMaxDelay=3000&adaptivePacing=false"),
                HuaweiOcrEndpoint.class);
        List<Exchange> exchanges = runConcurrently(endpoint, CALLS);

        assertThat(exchanges).allSatisfy(e -> assertThat(e.getException()).isNull());
        int attempts = exchanges.stream()
                .mapToInt(e -> e.getMessage().getHeader(HuaweiOcrConstants.ATTEMPTS, Integer.class)).sum();
        assertThat(emulator.admin().errors("APIG.0308")).isPositive();
        assertThat(emulator.admin().responses(200)).isEqualTo(CALLS);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(attempts);
    }

    @Test
    void inputErrorsCompleteBeforeProcessReturnsWithoutARequest() throws Exception {
        HuaweiOcrEndpoint endpoint = context.getEndpoint(EmulatorUris.akSk(emulator, "generalText", ""),
                HuaweiOcrEndpoint.class);
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();
        try {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("not an image".getBytes());
            List<String> callbackThreads = new CopyOnWriteArrayList<>();
            producer.process(exchange, doneSync -> callbackThreads.add(Thread.currentThread().getName()));
            // Already completed, on the caller's thread: nothing was waited for.
            assertThat(callbackThreads).containsExactly(Thread.currentThread().getName());
            assertThat(exchange.getException()).hasMessageContaining("Unrecognised document format");
        } finally {
            producer.stop();
        }
        assertThat(emulator.admin().totalRequests()).isZero();
    }

    /** Sends {@code calls} exchanges at once through the endpoint's async producer and waits for all answers. */
    private List<Exchange> runConcurrently(HuaweiOcrEndpoint endpoint, int calls) throws Exception {
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();
        byte[] image = TestImages.png(100, 40);
        CountDownLatch done = new CountDownLatch(calls);
        List<Exchange> exchanges = new CopyOnWriteArrayList<>();
        try {
            for (int i = 0; i < calls; i++) {
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody(image);
                exchanges.add(exchange);
                producer.process(exchange, doneSync -> done.countDown());
            }
            assertThat(done.await(300, TimeUnit.SECONDS)).as("all calls answered").isTrue();
        } finally {
            producer.stop();
        }
        return exchanges;
    }
}
