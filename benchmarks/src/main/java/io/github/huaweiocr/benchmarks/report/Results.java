package io.github.huaweiocr.benchmarks.report;

import java.util.List;
import java.util.Map;

/** The figures of one benchmark run, as measured; {@link Summary} derives the ratios and floors from them. */
public final class Results {

    private Results() {
    }

    /**
     * Where the run happened. The load averages (1 minute, of the whole machine) say whether other work shared the
     * cores: the figures of a loaded machine are noisier, and its ratios less trustworthy.
     *
     * @param date when the run started, UTC
     */
    public record Machine(int cores, String jdk, String os, String date, long maxHeapMb, double loadAverageAtStart,
                          double loadAverageAtEnd) {
    }

    /** Calls per second at one concurrency: the median of the measured iterations, and each iteration. */
    public record Throughput(String peer, int concurrency, double median, List<Double> iterations) {
    }

    /** Latency at concurrency 1, in microseconds. */
    public record Latency(String peer, double p50Micros, double p99Micros, int samples) {
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
     * A burst of calls held in flight by emulated latency.
     *
     * @param threadsAdded live threads during the burst minus live threads before the peer was created, the
     *                     emulator's left out
     * @param ioThreads    of those, the event-loop threads that carry the HTTP traffic
     * @param heapMb       live heap (after a full GC) during the burst minus before it
     */
    public record InFlight(String peer, int calls, int reachedServer, int threadsAdded, int ioThreads,
                           Map<String, Integer> addedThreadGroups, double heapMb, long failures) {
    }

    /**
     * Calls under an emulated per-minute quota.
     *
     * @param completed        successful calls within the measured time
     * @param throttledAtRoute exchanges that ended with a 429 (what the component's retries did not absorb)
     * @param emulator429      429 answers the emulator gave (absorbed by retries unless they reached the route)
     */
    public record Quota(int quotaPerMinute, double minutes, int concurrency, long completed, long failures,
                        long throttledAtRoute, long emulator429) {

        /** Calls the quota allows in the measured time. */
        public double allowed() {
            return quotaPerMinute * minutes;
        }
    }
}
