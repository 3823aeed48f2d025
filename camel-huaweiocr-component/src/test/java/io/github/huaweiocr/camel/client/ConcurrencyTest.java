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

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import io.github.huaweiocr.camel.error.HuaweiOcrThrottledException;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** maxConcurrentRequests bounds the calls in flight, the rest wait without threads; a thousand calls need no more. */
class ConcurrencyTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    private OcrTransport transport;

    @AfterEach
    void stop() {
        if (transport != null) {
            transport.close();
        }
    }

    private static List<Object> run(OcrClient client, int calls) {
        return TestSettings.recognizeAll(client, calls, Duration.ofSeconds(120));
    }

    /** Threads of the transport's event loop; enumerated without stack traces, which would stall the JVM. */
    private static long clientThreads() {
        Thread[] threads = new Thread[Thread.activeCount() + 64];
        int n = Thread.enumerate(threads);
        return Arrays.stream(threads, 0, n).filter(t -> t.getName().startsWith("huaweiocr-")).count();
    }

    @Test
    void callsBeyondTheLimitWaitInsteadOfOverrunningTheService() {
        // One slot of slack: the emulator frees a slot just after its answer leaves, so the client may be quicker.
        emulator.admin().setMaxConcurrent(5);
        emulator.admin().injectFault(FaultSpec.latency(Duration.ofMillis(100)));
        transport = OcrTransport.create(50);
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.maxConcurrentRequests(4);
        settings.maxRetries(0);

        List<Object> outcomes = run(transport.newClient(settings.build()), 40);

        assertThat(outcomes).hasSize(40).allSatisfy(o -> assertThat(o).isInstanceOf(OcrResponse.class));
        assertThat(emulator.admin().errors("ModelArts.4401")).isZero();
        assertThat(emulator.admin().requests("general-text")).isEqualTo(40);
    }

    @Test
    void withoutAMatchingLimitTheServiceRejectsTheExcess() {
        emulator.admin().setMaxConcurrent(5);
        emulator.admin().injectFault(FaultSpec.latency(Duration.ofSeconds(1)));
        transport = OcrTransport.create(50);
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.maxConcurrentRequests(40);
        settings.maxRetries(0);

        List<Object> outcomes = run(transport.newClient(settings.build()), 40);

        assertThat(outcomes).filteredOn(HuaweiOcrThrottledException.class::isInstance).isNotEmpty();
        assertThat(emulator.admin().errors("ModelArts.4401")).isPositive();
    }

    @Test
    void aThousandCallsAddNoThreadsBeyondTheEventLoop() {
        emulator.admin().injectFault(FaultSpec.latency(Duration.ofSeconds(1)));
        transport = OcrTransport.create(200);
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        // 100 HTTP requests at a time, each answered after a second: the other 900 calls wait in the client's queue,
        // so most of the thousand are outstanding at once however slow this machine is.
        settings.maxConcurrentRequests(100);
        settings.requestTimeout(Duration.ofSeconds(60));
        ReactorNettyOcrClient client = (ReactorNettyOcrClient) transport.newClient(settings.build());
        // Warm up: the event loop and the emulator's own threads exist before counting.
        run(client, 20);
        int before = ManagementFactory.getThreadMXBean().getThreadCount();

        AtomicInteger done = new AtomicInteger();
        int peakOutstanding = 0;
        int peakInFlight = 0;
        int peakThreads = before;
        long peakClientThreads = 0;
        Disposable calls = Flux.range(0, 1000)
                .flatMap(i -> client.recognize(TestSettings.generalText()), 1000)
                .subscribe(r -> done.incrementAndGet());
        try {
            // Sample while the calls run: no timing is asserted, only what was seen at the busiest moment.
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (done.get() < 1000 && System.nanoTime() < deadline) {
                peakOutstanding = Math.max(peakOutstanding, client.waitingCalls() + client.callsInFlight());
                peakInFlight = Math.max(peakInFlight, client.callsInFlight());
                peakThreads = Math.max(peakThreads, ManagementFactory.getThreadMXBean().getThreadCount());
                peakClientThreads = Math.max(peakClientThreads, clientThreads());
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        } finally {
            calls.dispose();
        }

        assertThat(done.get()).isEqualTo(1000);
        assertThat(peakOutstanding).isGreaterThanOrEqualTo(500);
        assertThat(peakInFlight).isLessThanOrEqualTo(100);
        assertThat(peakClientThreads).isLessThanOrEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
        // The emulator runs in this JVM too; whatever it adds, it is nowhere near a thread per call.
        assertThat(peakThreads - before).isLessThan(50);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(1020);
    }
}
