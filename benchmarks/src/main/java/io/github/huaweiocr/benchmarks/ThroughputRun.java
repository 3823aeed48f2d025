package io.github.huaweiocr.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.huaweiocr.benchmarks.measure.ClosedLoop;
import io.github.huaweiocr.benchmarks.measure.Percentiles;
import io.github.huaweiocr.benchmarks.peers.Peer;
import io.github.huaweiocr.benchmarks.peers.Session;
import io.github.huaweiocr.benchmarks.report.Results.Latency;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;

/**
 * One throughput cell: a peer keeps N calls in flight for a warm-up and then for several timed iterations; the result is
 * the median rate. At concurrency 1 the latencies of the timed iterations are kept too.
 */
final class ThroughputRun {

    /** Throughput of a cell, and its latencies when it ran at concurrency 1. */
    record Outcome(Throughput throughput, Latency latency) {
    }

    private final BenchmarkSettings settings;

    ThroughputRun(BenchmarkSettings settings) {
        this.settings = settings;
    }

    /** Load at concurrency 16 for the settings' warm-up time, measuring nothing. */
    void warmUp(Peer peer, BenchmarkImage image) throws InterruptedException {
        try (Session session = peer.open(16)) {
            ClosedLoop loop = new ClosedLoop(() -> session.call(image), 16);
            loop.start();
            Thread.sleep(settings.peerWarmup().toMillis());
            loop.stop(Duration.ofSeconds(60));
            requireNoFailure(peer, loop);
        }
    }

    Outcome run(Peer peer, BenchmarkImage image, int concurrency) throws InterruptedException {
        try (Session session = peer.open(concurrency)) {
            ClosedLoop loop = new ClosedLoop(() -> session.call(image), concurrency);
            loop.start();
            Thread.sleep(settings.warmup().toMillis());
            requireNoFailure(peer, loop);
            loop.recordLatencies(concurrency == 1);
            List<Double> rates = new ArrayList<>();
            long count = loop.completed();
            long time = System.nanoTime();
            for (int i = 0; i < settings.iterations(); i++) {
                Thread.sleep(settings.iteration().toMillis());
                long nowCount = loop.completed();
                long nowTime = System.nanoTime();
                rates.add((nowCount - count) / ((nowTime - time) / 1e9));
                count = nowCount;
                time = nowTime;
            }
            loop.recordLatencies(false);
            loop.stop(Duration.ofSeconds(60));
            requireNoFailure(peer, loop);
            double median = Percentiles.median(rates.stream().mapToDouble(Double::doubleValue).toArray());
            Latency latency = null;
            if (concurrency == 1) {
                long[] nanos = loop.latenciesNanos();
                latency = new Latency(peer.name(), Percentiles.percentile(nanos, 50) / 1e3,
                        Percentiles.percentile(nanos, 99) / 1e3, nanos.length);
            }
            return new Outcome(new Throughput(peer.name(), concurrency, median, List.copyOf(rates)), latency);
        }
    }

    private static void requireNoFailure(Peer peer, ClosedLoop loop) {
        if (loop.failed() > 0) {
            throw new IllegalStateException(peer.name() + ": " + loop.failed() + " calls failed; first: "
                    + loop.firstFailure(), loop.firstFailure());
        }
    }
}
