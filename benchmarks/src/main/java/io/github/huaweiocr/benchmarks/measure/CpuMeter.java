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
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU time spent by a client: the thread CPU time of every thread that counts as the client's (event loops, caller
 * pools, OkHttp's threads, Camel's; waiting for a core does not count), and the CPU time of the whole process, which
 * adds what no Java thread is charged with: garbage collection and JIT compilation. The process figure is the
 * client's own only when the client has the JVM to itself (the emulator in another process).
 */
public final class CpuMeter {

    /** Thread CPU per thread id, and the process's CPU, at one instant. */
    public record Reading(Map<Long, Long> threadNanos, long processNanos) {
    }

    /** CPU spent between two readings. */
    public record Spent(long threadNanos, long processNanos) {
    }

    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean process =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Predicate<String> counted;

    /** @param counted which threads, by name, are the client's */
    public CpuMeter(Predicate<String> counted) {
        if (!threads.isThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM does not measure CPU time per thread");
        }
        threads.setThreadCpuTimeEnabled(true);
        this.counted = counted;
    }

    public Reading read() {
        Map<Long, Long> perThread = new HashMap<>();
        // thread infos without stack traces: with a thousand threads, capturing their stacks would cost the reading
        // more CPU than the calls it measures
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds(), 0)) {
            if (info != null && counted.test(info.getThreadName())) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    perThread.put(info.getThreadId(), nanos);
                }
            }
        }
        return new Reading(perThread, process.getProcessCpuTime());
    }

    /**
     * CPU between two readings. Threads that started in between count from zero; threads that ended in between are
     * lost (the pools measured here live as long as a session).
     */
    public static Spent between(Reading before, Reading after) {
        long sum = 0;
        for (Map.Entry<Long, Long> entry : after.threadNanos().entrySet()) {
            sum += entry.getValue() - before.threadNanos().getOrDefault(entry.getKey(), 0L);
        }
        return new Spent(sum, after.processNanos() - before.processNanos());
    }
}
