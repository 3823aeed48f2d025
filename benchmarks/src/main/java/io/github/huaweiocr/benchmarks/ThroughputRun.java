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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.huaweiocr.benchmarks.measure.ClosedLoop;
import io.github.huaweiocr.benchmarks.measure.CpuMeter;
import io.github.huaweiocr.benchmarks.measure.Percentiles;
import io.github.huaweiocr.benchmarks.peers.Peer;
import io.github.huaweiocr.benchmarks.peers.Session;
import io.github.huaweiocr.benchmarks.report.Results.Latency;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;

/**
 * Throughput at one concurrency for every peer: each peer keeps N calls in flight for a warm-up, then the peers take
 * turns, one timed iteration each per round, so that a change in the machine's load during the level touches every
 * peer alike and iteration i of each peer belongs to the same round. Each iteration also records the client's CPU per
 * call (only the peer under load is busy then, so the client threads' CPU is that peer's). At concurrency 1 the
 * latencies of the timed iterations are kept too, per iteration.
 */
final class ThroughputRun {

    /** Throughput of every peer at one level, and their latencies when the level is concurrency 1. */
    record Level(List<Throughput> throughput, List<Latency> latency) {
    }

    /** One timed iteration. */
    private record Iteration(double rate, double threadCpuMicrosPerCall, double processCpuMicrosPerCall,
                             long[] latencies) {
    }

    /** The warm-up by calls gives up after this long (a very loaded machine); the figures then say so. */
    private static final Duration WARMUP_LIMIT = Duration.ofSeconds(90);
    /**
     * Latencies each timed iteration at concurrency 1 keeps at least: its own p99 then rests on 10 samples or more.
     * An iteration runs longer than its time to reach them, up to {@link #LATENCY_ITERATION_LIMIT}.
     */
    static final int MIN_LATENCY_SAMPLES = 1_000;
    private static final Duration LATENCY_ITERATION_LIMIT = Duration.ofSeconds(15);

    private final Duration peerWarmup;
    private final long warmupCalls;
    private final Duration warmup;
    private final Duration slotWarmup;
    private final Duration iteration;
    private final Duration latencyIteration;
    private final int rounds;
    private final CpuMeter cpu;

    /**
     * @param warmupCalls      calls each peer completes before anything is measured, however long that takes (up to
     *                         a limit): C2 compiles a method after about 10,000 invocations, so on a loaded machine a
     *                         warm-up by time alone would measure the interpreter
     * @param latencyIteration length of a timed iteration at concurrency 1, long enough for thousands of samples
     * @param cpu              which threads are the client's
     */
    ThroughputRun(Duration peerWarmup, long warmupCalls, Duration warmup, Duration slotWarmup, Duration iteration,
                  Duration latencyIteration, int rounds, CpuMeter cpu) {
        this.peerWarmup = peerWarmup;
        this.warmupCalls = warmupCalls;
        this.warmup = warmup;
        this.slotWarmup = slotWarmup;
        this.iteration = iteration;
        this.latencyIteration = latencyIteration;
        this.rounds = rounds;
        this.cpu = cpu;
    }

    ThroughputRun(BenchmarkSettings settings, CpuMeter cpu) {
        this(settings.peerWarmup(), settings.warmupCalls(), settings.warmup(), settings.slotWarmup(), settings.iteration(),
                settings.latencyIteration(), settings.iterations(), cpu);
    }

    /**
     * Load at concurrency {@code concurrency} for the peer warm-up time and at least the warm-up calls (up to
     * {@link #WARMUP_LIMIT}), measuring nothing.
     *
     * @return the calls completed
     */
    long warmUp(Peer peer, BenchmarkImage image, int concurrency) throws InterruptedException {
        try (Session session = peer.open(concurrency)) {
            ClosedLoop loop = new ClosedLoop(() -> session.call(image), concurrency);
            loop.start();
            Thread.sleep(peerWarmup.toMillis());
            long limit = System.nanoTime() + WARMUP_LIMIT.toNanos();
            while (loop.completed() < warmupCalls && System.nanoTime() < limit) {
                Thread.sleep(100);
            }
            loop.stop(Duration.ofSeconds(60));
            requireNoFailure(peer, loop);
            return loop.completed();
        }
    }

    Level run(List<Peer> peers, BenchmarkImage image, int concurrency) throws InterruptedException {
        Map<Peer, Session> sessions = new LinkedHashMap<>();
        try {
            Map<Peer, List<Iteration>> iterations = new LinkedHashMap<>();
            for (Peer peer : peers) {
                Session session = peer.open(concurrency);
                sessions.put(peer, session);
                iterations.put(peer, new ArrayList<>());
                load(peer, session, image, concurrency, warmup, Duration.ZERO, false);
            }
            boolean latencies = concurrency == 1;
            for (int round = 0; round < rounds; round++) {
                // a different peer goes first in each round, so no peer always follows the same one
                for (int i = 0; i < peers.size(); i++) {
                    Peer peer = peers.get((round + i) % peers.size());
                    iterations.get(peer).add(load(peer, sessions.get(peer), image, concurrency, slotWarmup,
                            latencies ? latencyIteration : iteration, latencies));
                }
            }
            List<Throughput> throughput = new ArrayList<>();
            List<Latency> latency = new ArrayList<>();
            for (Peer peer : peers) {
                List<Iteration> its = iterations.get(peer);
                List<Double> rates = its.stream().map(Iteration::rate).toList();
                throughput.add(new Throughput(peer.name(), concurrency,
                        Percentiles.median(rates.stream().mapToDouble(Double::doubleValue).toArray()), rates,
                        its.stream().map(Iteration::threadCpuMicrosPerCall).toList(),
                        its.stream().map(Iteration::processCpuMicrosPerCall).toList()));
                if (latencies) {
                    latency.add(Latency.of(peer.name(), its.stream().map(Iteration::latencies).toList()));
                }
            }
            return new Level(throughput, latency);
        } finally {
            sessions.values().forEach(Session::close);
        }
    }

    /**
     * Keeps {@code concurrency} calls in flight for {@code warmup}, then for {@code measured}; returns the figures of
     * the measured part (a rate of 0 when there is none).
     */
    private Iteration load(Peer peer, Session session, BenchmarkImage image, int concurrency, Duration warmup,
                           Duration measured, boolean keepLatencies) throws InterruptedException {
        ClosedLoop loop = new ClosedLoop(() -> session.call(image), concurrency);
        loop.start();
        Thread.sleep(warmup.toMillis());
        loop.recordLatencies(keepLatencies);
        CpuMeter.Reading cpuBefore = cpu.read();
        long count = loop.completed();
        long time = System.nanoTime();
        Thread.sleep(measured.toMillis());
        if (keepLatencies) {
            long limit = time + LATENCY_ITERATION_LIMIT.toNanos();
            while (loop.completed() - count < MIN_LATENCY_SAMPLES && System.nanoTime() < limit) {
                Thread.sleep(50);
            }
        }
        long calls = loop.completed() - count;
        long elapsed = System.nanoTime() - time;
        CpuMeter.Spent spent = CpuMeter.between(cpuBefore, cpu.read());
        loop.recordLatencies(false);
        loop.stop(Duration.ofSeconds(60));
        requireNoFailure(peer, loop);
        if (measured.isZero() || calls == 0) {
            return new Iteration(0, Double.NaN, Double.NaN, new long[0]);
        }
        return new Iteration(calls / (elapsed / 1e9), spent.threadNanos() / 1e3 / calls,
                spent.processNanos() / 1e3 / calls, keepLatencies ? loop.latenciesNanos() : new long[0]);
    }

    private static void requireNoFailure(Peer peer, ClosedLoop loop) {
        if (loop.failed() > 0) {
            throw new IllegalStateException(peer.name() + ": " + loop.failed() + " calls failed; first: "
                    + loop.firstFailure(), loop.firstFailure());
        }
    }
}
