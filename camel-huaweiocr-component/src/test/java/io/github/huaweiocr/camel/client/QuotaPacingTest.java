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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.huaweiocr.camel.quota.QuotaPacer;
import io.github.huaweiocr.camel.quota.QuotaRate;
import io.github.huaweiocr.camel.quota.QuotaSettings;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

/**
 * Quota pacing against the emulator's per-second window (one-second windows keep the tests short; the per-minute
 * window is paced the same way): configured, learned from Huawei's 429, lower than configured.
 */
class QuotaPacingTest {

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
        return TestSettings.recognizeAll(client, calls, Duration.ofMinutes(3));
    }

    private QuotaPacer pacer(OcrClientSettings settings) {
        return transport.quotas().pacer(settings.region(), settings.projectId(), "general-text", settings.quota());
    }

    @Test
    void callsPacedToTheConfiguredQuotaAreNeverThrottled() {
        emulator.admin().setQuota(5, 0);
        transport = OcrTransport.create(50);
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.quota(new QuotaSettings(new QuotaRate(5, 0), true, null));
        settings.maxRetries(0); // any 429 would fail its call

        List<Object> outcomes = run(transport.newClient(settings.build()), 25);

        assertThat(outcomes).hasSize(25).allSatisfy(o -> assertThat(o).isInstanceOf(OcrResponse.class));
        assertThat(emulator.admin().errors("APIG.0308")).isZero();
        assertThat(emulator.admin().requests("general-text")).isEqualTo(25);
    }

    @Test
    void callsWaitingForTheQuotaHoldNoPermitAndNoThreadAndLeaveWhenCancelled() {
        emulator.admin().setQuota(0, 60);
        transport = OcrTransport.create(50);
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.quota(new QuotaSettings(new QuotaRate(0, 60), true, null));
        settings.maxConcurrentRequests(5);
        ReactorNettyOcrClient client = (ReactorNettyOcrClient) transport.newClient(settings.build());
        QuotaPacer pacer = pacer(settings.build());

        Disposable calls = Flux.range(0, 200)
                .flatMap(i -> client.recognize(TestSettings.generalText()).onErrorResume(e -> Mono.empty()), 200)
                .subscribe();
        await().atMost(Duration.ofSeconds(30)).until(() -> pacer.waiting() >= 195);

        assertThat(client.waitingCalls()).as("waiting for the quota, not for a concurrency permit").isZero();
        assertThat(client.callsInFlight()).isLessThanOrEqualTo(1);
        assertThat(threads("huaweiocr-quota-")).as("one pump thread, not a thread per call").isEqualTo(1);

        calls.dispose();
        await().atMost(Duration.ofSeconds(30)).until(() -> pacer.waiting() == 0);
        assertThat(emulator.admin().requests("general-text")).isLessThanOrEqualTo(5);
    }

    @Test
    void aNodeToldNothingHoldsItsCallsUntilAUsedUpMinuteWindowEndsSoThatNoneFailsWithTheDefaultRetries() {
        emulator.admin().setQuota(0, 10);
        transport = OcrTransport.create(50);
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.quota(QuotaSettings.DEFAULT); // told nothing; the default retries: 3, 2 to 5 s apart after a 429
        OcrClient client = transport.newClient(settings.build());
        int calls = 14;
        int inFlight = 4;

        // The first 10 calls use the minute window up at once; the other 4 are throttled and retried while it lasts
        // (about a minute, far longer than 3 retries cover): they must wait for the next window, not fail.
        List<Object> outcomes = Flux.range(0, calls)
                .flatMap(i -> client.recognize(TestSettings.generalText())
                        .<Object>map(r -> r).onErrorResume(e -> Mono.just(e)), inFlight)
                .collectList().block(Duration.ofMinutes(4));

        assertThat(outcomes).hasSize(calls).allSatisfy(o -> assertThat(o).isInstanceOf(OcrResponse.class));
        QuotaPacer pacer = pacer(settings.build());
        assertThat(pacer.quota()).isEqualTo(new QuotaRate(0, 10));
        assertThat(pacer.share()).isEqualTo(new QuotaRate(0, 10));
        assertThat(emulator.admin().quotaWindowsUsed("perMinute")).as("the first window full, then the next one")
                .isEqualTo(2);
        // the 4 calls in flight, the retries that completed the run of 429s, a probe at the window's end
        assertThat(emulator.admin().errors("APIG.0308")).isLessThanOrEqualTo(2L * inFlight + 2);
    }

    @Test
    void aNodeToldNothingConvergesToTheQuotaHuaweiNamesWithoutAStorm() {
        emulator.admin().setQuota(5, 0);
        transport = OcrTransport.create(50);
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.quota(QuotaSettings.DEFAULT); // told nothing; the default retries
        int calls = 60;
        int inFlight = 8;
        OcrClient client = transport.newClient(settings.build());

        List<Object> outcomes = Flux.range(0, calls)
                .flatMap(i -> client.recognize(TestSettings.generalText())
                        .<Object>map(r -> r).onErrorResume(e -> Mono.just(e)), inFlight)
                .collectList().block(Duration.ofMinutes(3));

        assertThat(outcomes).hasSize(calls).allSatisfy(o -> assertThat(o).isInstanceOf(OcrResponse.class));
        QuotaPacer pacer = pacer(settings.build());
        assertThat(pacer.quota()).isEqualTo(new QuotaRate(5, 0));
        assertThat(pacer.share()).as("the calls accepted in the window the node used up").isEqualTo(new QuotaRate(5, 0));
        assertThat(emulator.admin().recognitions()).isEqualTo(calls);
        // Converged: the windows it used were kept close to full (paced at the quota, a window holds 4 of its 5 calls;
        // a node that crawled after the first 429s would use one window per call).
        long windows = emulator.admin().quotaWindowsUsed("perSecond");
        assertThat(windows).as("one-second windows used for %d calls", calls).isLessThanOrEqualTo(calls / 3);
        // Without a storm: the unpaced first burst and the answers in flight when the window was found used up, a
        // probe or two at its end, and the odd call at a window's edge on a loaded machine.
        assertThat(emulator.admin().errors("APIG.0308")).isLessThanOrEqualTo(2L * inFlight + 6);
    }

    @Test
    void aQuotaLowerThanConfiguredSlowsTheNodeToWhatHuaweiNames() {
        emulator.admin().setQuota(3, 0);
        transport = OcrTransport.create(50);
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.quota(new QuotaSettings(new QuotaRate(10, 0), true, null));
        settings.maxRetries(3);

        List<Object> outcomes = run(transport.newClient(settings.build()), 24);

        assertThat(outcomes).hasSize(24).allSatisfy(o -> assertThat(o).isInstanceOf(OcrResponse.class));
        QuotaPacer pacer = pacer(settings.build());
        assertThat(pacer.quota()).isEqualTo(new QuotaRate(3, 0));
        assertThat(pacer.share().perSecond()).isBetween(1, 3);
    }

    @Test
    void withAdaptivePacingOffOnlyTheConfiguredQuotaPaces() {
        emulator.admin().setQuota(3, 0);
        transport = OcrTransport.create(50);
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.quota(new QuotaSettings(QuotaRate.UNKNOWN, false, null));
        settings.maxRetries(0);

        run(transport.newClient(settings.build()), 10);

        QuotaPacer pacer = pacer(settings.build());
        assertThat(pacer.quota().isKnown()).isFalse();
        assertThat(pacer.share()).isEqualTo(QuotaRate.UNKNOWN);
        assertThat(emulator.admin().errors("APIG.0308")).isEqualTo(7);
    }

    private static long threads(String prefix) {
        Thread[] threads = new Thread[Thread.activeCount() + 64];
        int n = Thread.enumerate(threads);
        return Arrays.stream(threads, 0, n).filter(t -> t.getName().startsWith(prefix)).count();
    }
}
