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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.github.huaweiocr.benchmarks.measure.Percentiles;
import io.github.huaweiocr.benchmarks.report.Results.EncodingCost;

/**
 * The CPU a client must spend on one image before sending it, piece by piece, on one thread: base64 with Jackson's
 * streaming {@code writeBinary} (what the component used before), base64 with the JDK's encoder (what the component
 * and the SDK's callers use now), and the SHA-256 of the JSON body that the AK/SK signature needs. Explains the throughput figures: on a
 * CPU-bound machine these microseconds are taken from the server.
 */
final class EncodingCostRun {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /**
     * Calls of each piece before timing: the JDK's base64 and SHA-256 reach their CPU intrinsics only once C2 has
     * compiled them, after several thousand calls (a service gets there in its first minute).
     */
    private static final int WARMUP_CALLS = 12_000;
    private static final int ROUNDS = 9;
    private static final int CALLS_PER_ROUND = 500;

    private final JsonFactory json = new JsonFactory();
    /** Every result is added here, so the JIT cannot drop the work that produced it. */
    private long sink;

    EncodingCost run(BenchmarkImage image) throws IOException {
        byte[] bytes = image.bytes();
        byte[] body = new byte[(int) image.base64Length() + 12];
        double[] jackson = new double[ROUNDS];
        double[] jdk = new double[ROUNDS];
        double[] sha = new double[ROUNDS];
        for (int i = 0; i < WARMUP_CALLS / CALLS_PER_ROUND; i++) {
            time(() -> jacksonBase64(bytes));
            time(() -> sink += Base64.getEncoder().encode(bytes).length);
            time(() -> sink += sha256().digest(body)[0]);
        }
        for (int round = 0; round < ROUNDS; round++) {
            jackson[round] = time(() -> jacksonBase64(bytes));
            jdk[round] = time(() -> sink += Base64.getEncoder().encode(bytes).length);
            sha[round] = time(() -> sink += sha256().digest(body)[0]);
        }
        return new EncodingCost(image.label(), Percentiles.median(jackson), Percentiles.median(jdk),
                Percentiles.median(sha));
    }

    private void jacksonBase64(byte[] bytes) throws IOException {
        CountingSink out = new CountingSink();
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeFieldName("image");
            generator.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, new ByteArrayInputStream(bytes), bytes.length);
            generator.writeEndObject();
        }
        sink += out.count;
    }

    /** One piece of work, which may throw. */
    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    /**
     * Mean microseconds of this thread's CPU time per call over one round: CPU time rather than elapsed time, so that
     * waiting for a core on a busy machine does not count.
     */
    private static double time(Work work) throws IOException {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < CALLS_PER_ROUND; i++) {
            work.run();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / CALLS_PER_ROUND;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Counts what it is given and keeps nothing, so that only the encoding is timed. */
    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
