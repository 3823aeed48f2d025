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

import java.util.Map;

import io.github.huaweiocr.benchmarks.measure.AllocationMeter;
import io.github.huaweiocr.benchmarks.measure.Percentiles;
import io.github.huaweiocr.benchmarks.peers.Peer;
import io.github.huaweiocr.benchmarks.peers.Session;

/**
 * Heap bytes allocated per call, one call at a time: by the client's threads (every thread but the emulator's), and by
 * the whole JVM (what JMH's {@code -prof gc} would report, server included).
 */
final class HeapRun {

    private final BenchmarkSettings settings;
    private final AllocationMeter client = new AllocationMeter(name -> !BenchEmulator.isEmulatorThread(name));
    private final AllocationMeter jvm = new AllocationMeter(name -> true);

    /** Median bytes per call of one peer and image. */
    record Allocation(long client, long jvm) {
    }

    HeapRun(BenchmarkSettings settings) {
        this.settings = settings;
    }

    Allocation bytesPerCall(Peer peer, BenchmarkImage image) {
        try (Session session = peer.open(1)) {
            for (int i = 0; i < settings.heapWarmupCalls(); i++) {
                session.call(image).join();
            }
            double[] clientPerCall = new double[settings.heapIterations()];
            double[] jvmPerCall = new double[settings.heapIterations()];
            for (int it = 0; it < clientPerCall.length; it++) {
                Map<Long, Long> clientBefore = client.snapshot();
                Map<Long, Long> jvmBefore = jvm.snapshot();
                for (int i = 0; i < settings.heapCalls(); i++) {
                    session.call(image).join();
                }
                Map<Long, Long> jvmAfter = jvm.snapshot();
                Map<Long, Long> clientAfter = client.snapshot();
                clientPerCall[it] = (double) AllocationMeter.allocatedBetween(clientBefore, clientAfter)
                        / settings.heapCalls();
                jvmPerCall[it] = (double) AllocationMeter.allocatedBetween(jvmBefore, jvmAfter) / settings.heapCalls();
            }
            return new Allocation(Math.round(Percentiles.median(clientPerCall)),
                    Math.round(Percentiles.median(jvmPerCall)));
        }
    }
}
