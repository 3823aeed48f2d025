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

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How long and how hard each scenario runs, and which runs to make. The full run takes about half an hour on a
 * quiet 2-core machine; {@code -Dquick} is a smoke run of a few minutes whose figures are only indicative.
 *
 * @param peerWarmup       load each peer carries once, before any measurement
 * @param warmupCalls      calls each peer completes in that warm-up at least, however long it takes (up to 90 s)
 * @param warmup           load each peer carries at a new concurrency before the first round
 * @param slotWarmup       load before each timed iteration (the peers take turns, one iteration each per round)
 * @param iteration        length of one timed iteration
 * @param latencyIteration length of one timed iteration at concurrency 1, whose latencies are kept: at least 3 s, so
 *                         that the peers' p99 rests on thousands of samples even in a quick run
 * @param iterations       rounds, i.e. timed iterations per peer and concurrency (the median is reported)
 * @param concurrencies    calls in flight for the throughput cells
 * @param heapWarmupCalls  calls before the allocation counters are read
 * @param heapCalls        calls per allocation iteration
 * @param heapIterations   allocation iterations (the median is reported)
 * @param quotaPerMinute   emulated quota
 * @param quotaDuration    how long the quota scenario offers load
 * @param quotaConcurrency calls the route keeps in flight under the quota
 * @param runs             which runs to make: {@code shared-cpu}, {@code client-bound}, {@code shared-quota}, {@code untold-replicas}, {@code replicas} (all by default)
 * @param clientJvmOptions JVM options of the client-bound run's client JVMs (none by default)
 * @param output           where summary.json and summary.md go
 */
public record BenchmarkSettings(String mode, Duration peerWarmup, long warmupCalls, Duration warmup, Duration slotWarmup,
                                Duration iteration, Duration latencyIteration, int iterations,
                                List<Integer> concurrencies, int heapWarmupCalls, int heapCalls, int heapIterations,
                                int quotaPerMinute, Duration quotaDuration, int quotaConcurrency, List<String> runs,
                                List<String> clientJvmOptions, Path output) {

    /** Warm-up calls per peer: a full run has every hot method compiled by C2; a quick one most. */
    static final long FULL_WARMUP_CALLS = 20_000;
    static final long QUICK_WARMUP_CALLS = 5_000;

    /**
     * Every run, in the order they are made when {@code -Druns} is not given; {@code replicas} (three JVMs of the
     * obs-to-database example's jar, see docs/scaling.md) comes last, so that a missing jar stops no other run.
     */
    static final List<String> ALL_RUNS = List.of(SharedCpuRun.NAME, ClientBoundRun.NAME, SharedQuotaRun.NAME,
            SharedQuotaRun.UNTOLD_NAME, ReplicasRun.NAME);

    /** Reads {@code -Dquick}, {@code -DquotaMinutes=}, {@code -Druns=}, {@code -DclientJvmOptions=} and {@code -Doutput=} from the system properties. */
    public static BenchmarkSettings fromSystemProperties() {
        boolean quick = System.getProperty("quick") != null && !"false".equals(System.getProperty("quick"));
        double quotaMinutes = Double.parseDouble(System.getProperty("quotaMinutes", quick ? "1" : "2"));
        Path output = Path.of(System.getProperty("output", "benchmarks/results"));
        Duration quotaDuration = Duration.ofMillis(Math.round(quotaMinutes * 60_000));
        List<String> runs = Arrays.stream(System.getProperty("runs", String.join(",", ALL_RUNS)).split(","))
                .map(String::trim).filter(r -> !r.isEmpty()).toList();
        for (String run : runs) {
            if (!ALL_RUNS.contains(run)) {
                throw new IllegalArgumentException("-Druns lists " + run + "; the runs are " + ALL_RUNS);
            }
        }
        List<String> clientJvmOptions = Arrays.stream(System.getProperty("clientJvmOptions", "").split(" "))
                .filter(o -> !o.isBlank()).toList();
        if (quick) {
            return new BenchmarkSettings("quick", Duration.ofSeconds(3), QUICK_WARMUP_CALLS, Duration.ofSeconds(2), Duration.ofMillis(500),
                    Duration.ofSeconds(1), Duration.ofSeconds(3), 3,
                    List.of(1, 16, 64, 256), 5, 5, 3, 600, quotaDuration, 16, runs, clientJvmOptions, output);
        }
        return new BenchmarkSettings("full", Duration.ofSeconds(10), FULL_WARMUP_CALLS, Duration.ofSeconds(5), Duration.ofMillis(500),
                Duration.ofSeconds(3), Duration.ofSeconds(3), 5,
                List.of(1, 16, 64, 256), 20, 15, 5, 600, quotaDuration, 16, runs, clientJvmOptions, output);
    }

    /** The most calls any throughput cell keeps in flight: what the component's limits are sized for. */
    public int maxConcurrency() {
        return concurrencies.stream().mapToInt(Integer::intValue).max().orElse(1);
    }
}
