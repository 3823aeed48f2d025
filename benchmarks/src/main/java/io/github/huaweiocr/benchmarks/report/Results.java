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
package io.github.huaweiocr.benchmarks.report;

import java.util.List;
import java.util.Map;

import io.github.huaweiocr.benchmarks.measure.Percentiles;

/** The figures of one benchmark run, as measured; {@link Summary} derives the ratios and floors from them. */
public final class Results {

    private Results() {
    }

    /**
     * The machine and the JVM a run used.
     *
     * @param maxHeapMb the JVM's maximum heap
     */
    public record Machine(int cores, String jdk, String os, long maxHeapMb) {

        /** This JVM and the machine it runs on. */
        public static Machine current() {
            Runtime runtime = Runtime.getRuntime();
            return new Machine(runtime.availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                    runtime.maxMemory() / (1024 * 1024));
        }
    }

    /**
     * Calls per second at one concurrency: the median of the measured iterations, and each iteration, with the client's
     * CPU per call in each iteration.
     *
     * @param threadCpuMicrosPerCall  thread CPU time of the client's threads per call, per iteration
     * @param processCpuMicrosPerCall CPU time of the whole process per call, per iteration (the client's own only when
     *                                the server runs in another process)
     */
    public record Throughput(String peer, int concurrency, double median, List<Double> iterations,
                             List<Double> threadCpuMicrosPerCall, List<Double> processCpuMicrosPerCall) {

        /** Without CPU figures. */
        public Throughput(String peer, int concurrency, double median, List<Double> iterations) {
            this(peer, concurrency, median, iterations, List.of(), List.of());
        }

        /** Median over the iterations of the client threads' CPU per call, in microseconds; null when not measured. */
        public Double threadCpuMicros() {
            return medianOf(threadCpuMicrosPerCall);
        }

        /** Median over the iterations of the process's CPU per call, in microseconds; null when not measured. */
        public Double processCpuMicros() {
            return medianOf(processCpuMicrosPerCall);
        }

        private static Double medianOf(List<Double> values) {
            double[] measured = values.stream().filter(v -> v != null && !v.isNaN()).mapToDouble(Double::doubleValue)
                    .toArray();
            return measured.length == 0 ? null : Percentiles.median(measured);
        }
    }

    /**
     * Latency at concurrency 1, in microseconds: percentiles of all samples pooled, and of each iteration (the spread
     * says how much one pause or one noisy second moves them).
     */
    public record Latency(String peer, double p50Micros, double p99Micros, int samples, List<Double> iterationP50Micros,
                          List<Double> iterationP99Micros) {

        /** Without per-iteration figures. */
        public Latency(String peer, double p50Micros, double p99Micros, int samples) {
            this(peer, p50Micros, p99Micros, samples, List.of(), List.of());
        }

        /** From the nanosecond samples of each iteration. */
        public static Latency of(String peer, List<long[]> iterations) {
            long[] pooled = iterations.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            List<long[]> nonEmpty = iterations.stream().filter(it -> it.length > 0).toList();
            return new Latency(peer, Percentiles.percentile(pooled, 50) / 1e3, Percentiles.percentile(pooled, 99) / 1e3,
                    pooled.length, nonEmpty.stream().map(it -> Percentiles.percentile(it, 50) / 1e3).toList(),
                    nonEmpty.stream().map(it -> Percentiles.percentile(it, 99) / 1e3).toList());
        }
    }

    /**
     * Heap bytes allocated per call, median of the iterations.
     *
     * @param bytesPerCall    by the client's threads (the emulator's left out)
     * @param jvmBytesPerCall by every thread, emulator included (JMH's {@code gc.alloc.rate.norm} view)
     */
    public record HeapPerCall(String image, long imageBytes, String peer, long bytesPerCall, long jvmBytesPerCall) {
    }

    /**
     * Microseconds of one thread's CPU time per image, median of the rounds: base64 with Jackson's streaming
     * {@code writeBinary} (what the component used before), base64 with {@code java.util.Base64} (what it uses now), and
     * SHA-256 of the JSON body.
     */
    public record EncodingCost(String image, double jacksonBase64Micros, double jdkBase64Micros,
                               double bodySha256Micros) {
    }

    /**
     * A burst of calls held in flight by emulated latency, measured in a JVM that runs only the client (the emulator
     * runs in another process, so nothing of the server is counted).
     *
     * @param threadsAdded   live threads during the burst minus live threads before the peer was created
     * @param ioThreads      of those, the event-loop threads that carry the HTTP traffic
     * @param heapMbHeld     live heap during the burst minus live heap with the same peer idle before it, both read
     *                       after full collections: what the calls in flight hold
     * @param heapMbAfter    live heap once the burst has completed minus before it (near 0 when nothing leaks)
     * @param directMbHeld   bytes in live direct buffers of Netty's default allocator during the burst minus before
     *                       it: what reactor-netty clients hold off the heap (OkHttp, the SDK's, holds none there)
     */
    public record InFlight(String peer, int calls, int reachedServer, int threadsAdded, int ioThreads,
                           Map<String, Integer> addedThreadGroups, double heapMbHeld, double heapMbAfter,
                           double directMbHeld, long failures) {
    }

    /**
     * Calls under an emulated per-minute quota.
     *
     * @param completed        successful calls within the measured time
     * @param throttledAtRoute exchanges that ended with a 429 (what the component's retries did not absorb)
     * @param emulator429      429 answers the emulator gave (absorbed by retries unless they reached the route)
     * @param requests         requests the emulator received while the quota applied
     */
    public record Quota(int quotaPerMinute, double minutes, int concurrency, long completed, long failures,
                        long throttledAtRoute, long emulator429, long requests) {

        /** 429 answers over all requests while the quota applied. */
        public double throttledShare() {
            return requests == 0 ? 0 : (double) emulator429 / requests;
        }

        /** Calls the quota allows in the measured time. */
        public double allowed() {
            return quotaPerMinute * minutes;
        }
    }

    /**
     * Replicas told the account's per-minute quota, default retry settings, offered more than the quota allows
     * (several replicas share it through the PostgreSQL quota store).
     *
     * @param nodes              replicas, each in its own JVM when more than one
     * @param concurrencyPerNode calls each replica keeps in flight
     * @param completed          successful calls of all replicas within the measured time
     * @param failures           calls that failed (their retries exhausted)
     * @param requests           requests the emulator received during the run
     * @param throttled          of those, the ones it answered 429
     */
    /**
     * Replicas under the emulator's quota.
     *
     * @param quotaPerMinute the emulator's quota, what the goodput is measured against
     * @param toldQuota      whether the replicas were told it (and shared it through a store when several)
     */
    public record SharedQuota(int nodes, int quotaPerMinute, boolean toldQuota, double minutes, int concurrencyPerNode,
                              long completed, long failures, long requests, long throttled) {

        /** Calls the quota allows in the measured time. */
        public double allowed() {
            return quotaPerMinute * minutes;
        }

        public double goodputVsQuota() {
            return completed / allowed();
        }

        /** 429 answers over all requests. */
        public double throttledShare() {
            return requests == 0 ? 0 : (double) throttled / requests;
        }
    }
}
