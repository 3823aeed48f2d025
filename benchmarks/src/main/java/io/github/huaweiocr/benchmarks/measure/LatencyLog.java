package io.github.huaweiocr.benchmarks.measure;

import java.util.Arrays;

/** An append-only list of nanosecond samples; appends are synchronized because completions arrive on any thread. */
final class LatencyLog {

    private long[] samples = new long[4096];
    private int size;

    synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    synchronized long[] toArray() {
        return Arrays.copyOf(samples, size);
    }
}
