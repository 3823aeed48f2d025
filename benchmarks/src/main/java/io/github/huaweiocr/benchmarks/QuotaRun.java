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
            emulator.setQuota(settings.quotaPerMinute());
            ClosedLoop loop = new ClosedLoop(() -> session.call(image), concurrency);
            loop.start();
            Thread.sleep(settings.quotaDuration().toMillis());
            long completed = loop.completed();
            // lift the quota so the calls waiting for the next window finish now; they are not counted as completed
            emulator.setQuota(0);
            loop.stop(Duration.ofMinutes(2));
            return new Quota(settings.quotaPerMinute(), settings.quotaDuration().toMillis() / 60_000.0, concurrency,
                    completed, loop.failed(), peer.throttledAtRoute(), emulator.responses(429) - throttledBefore);
        }
    }
}
