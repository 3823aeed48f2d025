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
package io.github.huaweiocr.benchmarks;

import java.time.Duration;

import io.github.huaweiocr.benchmarks.measure.ClosedLoop;
import io.github.huaweiocr.benchmarks.peers.CamelPeer;
import io.github.huaweiocr.benchmarks.peers.Session;
import io.github.huaweiocr.benchmarks.peers.Target;
import io.github.huaweiocr.benchmarks.report.Results.Quota;

/**
 * The route under an emulated per-minute quota, offered more than the quota allows: how many calls complete in the
 * measured time compared with what the quota allows, and whether any 429 gets past the component's retries.
 */
final class QuotaRun {

    /**
     * Retries enough to outlast a one-minute window: each 429 waits at least 2 s (the component's floor for throttling)
     * and at most 4 s, so 50 retries cover more than three minutes.
     */
    static final String RETRY_OPTIONS = "maxRetries=50&retryMaxDelay=4000";

    private final BenchmarkSettings settings;
    private final BenchEmulator emulator;

    QuotaRun(BenchmarkSettings settings, BenchEmulator emulator) {
        this.settings = settings;
        this.emulator = emulator;
    }

    Quota run(Target target, BenchmarkImage image) throws InterruptedException {
        int concurrency = settings.quotaConcurrency();
        try (CamelPeer peer = new CamelPeer(target, concurrency, RETRY_OPTIONS);
             Session session = peer.open(concurrency)) {
            session.call(image).join();
            long throttledBefore = emulator.responses(429);
            long requestsBefore = emulator.totalRequests();
            emulator.setQuota(settings.quotaPerMinute());
            ClosedLoop loop = new ClosedLoop(() -> session.call(image), concurrency);
            loop.start();
            Thread.sleep(settings.quotaDuration().toMillis());
            long completed = loop.completed();
            long requests = emulator.totalRequests() - requestsBefore;
            long throttled = emulator.responses(429) - throttledBefore;
            // lift the quota so the calls waiting for the next window finish now; they are not counted as completed
            emulator.setQuota(0);
            loop.stop(Duration.ofMinutes(2));
            return new Quota(settings.quotaPerMinute(), settings.quotaDuration().toMillis() / 60_000.0, concurrency,
                    completed, loop.failed(), peer.throttledAtRoute(), throttled, requests);
        }
    }
}
