package io.github.huaweiocr.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.huaweiocr.benchmarks.measure.ClosedLoop;
import io.github.huaweiocr.benchmarks.measure.Percentiles;
import io.github.huaweiocr.benchmarks.peers.Peer;
import io.github.huaweiocr.benchmarks.peers.Session;
import io.github.huaweiocr.benchmarks.report.Results.Latency;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;

/**
 * Throughput at one concurrency for every peer: each peer keeps N calls in flight for a warm-up, then the peers take
 * turns, one timed iteration each per round, so that a change in the machine's load during the level touches every
 * peer alike and iteration i of each peer belongs to the same round. At concurrency 1 the latencies of the timed
 * iterations are kept too.
 */
final class ThroughputRun {

    /** Throughput of every peer at one level, and their latencies when the level is concurrency 1. */
    record Level(List<Throughput> throughput, List<Latency> latency) {
    }

    private final BenchmarkSettings settings;

    ThroughputRun(BenchmarkSettings settings) {
        this.settings = settings;
    }

    /** Load at concurrency 16 for the settings' warm-up time, measuring nothing. */
    void warmUp(Peer peer, BenchmarkImage image) throws InterruptedException {
        try (Session session = peer.open(16)) {
            load(peer, session, image, 16, settings.peerWarmup(), Duration.ZERO, null);
        }
    }

    Level run(List<Peer> peers, BenchmarkImage image, int concurrency) throws InterruptedException {
        Map<Peer, Session> sessions = new LinkedHashMap<>();
        try {
            Map<Peer, List<Double>> rates = new LinkedHashMap<>();
            Map<Peer, List<long[]>> latencies = new LinkedHashMap<>();
            for (Peer peer : peers) {
                Session session = peer.open(concurrency);
                sessions.put(peer, session);
                rates.put(peer, new ArrayList<>());
                latencies.put(peer, new ArrayList<>());
                load(peer, session, image, concurrency, settings.warmup(), Duration.ZERO, null);
            }
            for (int round = 0; round < settings.iterations(); round++) {
                // a different peer goes first in each round, so no peer always follows the same one
                for (int i = 0; i < peers.size(); i++) {
                    Peer peer = peers.get((round + i) % peers.size());
                    List<long[]> kept = concurrency == 1 ? latencies.get(peer) : null;
                    rates.get(peer).add(load(peer, sessions.get(peer), image, concurrency, settings.slotWarmup(),
                            settings.iteration(), kept));
                }
            }
            List<Throughput> throughput = new ArrayList<>();
            List<Latency> latency = new ArrayList<>();
            for (Peer peer : peers) {
                List<Double> peerRates = rates.get(peer);
                throughput.add(new Throughput(peer.name(), concurrency,
                        Percentiles.median(peerRates.stream().mapToDouble(Double::doubleValue).toArray()),
                        List.copyOf(peerRates)));
                if (concurrency == 1) {
                    long[] nanos = latencies.get(peer).stream().flatMapToLong(java.util.Arrays::stream).toArray();
                    latency.add(new Latency(peer.name(), Percentiles.percentile(nanos, 50) / 1e3,
                            Percentiles.percentile(nanos, 99) / 1e3, nanos.length));
                }
            }
            return new Level(throughput, latency);
        } finally {
            sessions.values().forEach(Session::close);
        }
    }

    /**
     * Keeps {@code concurrency} calls in flight for {@code warmup}, then for {@code measured}; returns the rate of the
     * measured part (0 when there is none) and adds its latencies to {@code keptLatencies} when given.
     */
    private static double load(Peer peer, Session session, BenchmarkImage image, int concurrency, Duration warmup,
                               Duration measured, List<long[]> keptLatencies) throws InterruptedException {
        ClosedLoop loop = new ClosedLoop(() -> session.call(image), concurrency);
        loop.start();
        Thread.sleep(warmup.toMillis());
        loop.recordLatencies(keptLatencies != null);
        long count = loop.completed();
        long time = System.nanoTime();
        Thread.sleep(measured.toMillis());
        double rate = measured.isZero() ? 0 : (loop.completed() - count) / ((System.nanoTime() - time) / 1e9);
        loop.recordLatencies(false);
        loop.stop(Duration.ofSeconds(60));
        if (loop.failed() > 0) {
            throw new IllegalStateException(peer.name() + ": " + loop.failed() + " calls failed; first: "
                    + loop.firstFailure(), loop.firstFailure());
        }
        if (keptLatencies != null) {
            keptLatencies.add(loop.latenciesNanos());
        }
        return rate;
    }
}
