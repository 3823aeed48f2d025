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
package io.github.huaweiocr.benchmarks.measure;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Heap bytes allocated by a set of threads, from HotSpot's per-thread allocation counters (the figure JMH's
 * {@code -prof gc} reports as {@code gc.alloc.rate.norm}, but with the emulator's own threads left out: the server
 * runs in the same JVM and its allocations are not the client's).
 */
public final class AllocationMeter {

    private final com.sun.management.ThreadMXBean threads;
    private final Predicate<String> counted;

    /** @param counted which threads, by name, count as the client's */
    public AllocationMeter(Predicate<String> counted) {
        this.threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        if (!threads.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM does not count allocated bytes per thread");
        }
        threads.setThreadAllocatedMemoryEnabled(true);
        this.counted = counted;
    }

    /** Per-thread totals of the counted threads now alive. */
    public Map<Long, Long> snapshot() {
        Map<Long, Long> totals = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (counted.test(thread.getName())) {
                long bytes = threads.getThreadAllocatedBytes(thread.getId());
                if (bytes >= 0) {
                    totals.put(thread.getId(), bytes);
                }
            }
        }
        return totals;
    }

    /**
     * Bytes allocated between two snapshots by the threads alive at the second one (threads that started in between
     * count from zero; threads that ended in between are lost, so measure with long-lived pools).
     */
    public static long allocatedBetween(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> entry : after.entrySet()) {
            sum += entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
        }
        return sum;
    }
}
