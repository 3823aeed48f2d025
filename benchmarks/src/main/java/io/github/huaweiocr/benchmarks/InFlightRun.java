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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.huaweiocr.benchmarks.measure.NettyDirectMemory;
import io.github.huaweiocr.benchmarks.measure.ThreadCensus;
import io.github.huaweiocr.benchmarks.peers.Peer;
import io.github.huaweiocr.benchmarks.peers.Session;
import io.github.huaweiocr.benchmarks.report.Results.InFlight;
import io.github.huaweiocr.emulator.admin.EmulatorAdminClient;
import io.github.huaweiocr.emulator.faults.FaultSpec;

/**
 * A burst of calls held in flight by the emulator's latency, in a JVM that runs only the client: how many threads and
 * how much live heap a peer needs to carry them. The peer is created after the "before" census, so its threads count
 * as added. Its heap is read three times, each after full collections: with the peer created and warm but idle, once
 * the server has read the body of every call (so every call is in flight, holding what it holds until answered), and
 * after the burst. The held figure is the second minus the first: two readings of live objects only, of the same peer,
 * with nothing else running in the JVM.
 */
final class InFlightRun {

    private static final long REACH_TIMEOUT_MS = 30_000;
    private static final int WARM_CALLS = 20;

    private final EmulatorAdminClient emulator;
    private final Duration latency;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /** @param latency how long the emulator holds each call */
    InFlightRun(EmulatorAdminClient emulator, Duration latency) {
        this.emulator = emulator;
        this.latency = latency;
    }

    /**
     * @param ioThread which threads, by name, carry this peer's HTTP traffic
     */
    InFlight run(Supplier<Peer> peers, BenchmarkImage image, int calls, Predicate<String> ioThread)
            throws InterruptedException {
        Map<String, Integer> before = ThreadCensus.take();
        Peer peer = peers.get();
        String name = peer.name();
        try (peer; Session session = peer.open(calls)) {
            // lazily made parts (connections, buffers, caches) exist before the idle reading
            for (int i = 0; i < WARM_CALLS; i++) {
                session.call(image).join();
            }
            long heapIdle = liveHeap();
            long directIdle = NettyDirectMemory.inUse();
            emulator.injectFault(FaultSpec.latency(latency));
            long received = bodiesReceived();
            List<CompletableFuture<?>> futures = new ArrayList<>(calls);
            long failures;
            int reached;
            Map<String, Integer> during;
            long heapDuring;
            long directDuring;
            try {
                for (int i = 0; i < calls; i++) {
                    futures.add(session.call(image));
                }
                long deadline = System.currentTimeMillis() + REACH_TIMEOUT_MS;
                while (bodiesReceived() - received < calls && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                reached = (int) (bodiesReceived() - received);
                during = ThreadCensus.take();
                heapDuring = liveHeap();
                directDuring = NettyDirectMemory.inUse();
                failures = awaitAll(futures);
            } finally {
                emulator.clearFaults();
            }
            futures.clear();
            long heapAfter = liveHeap();
            int io = during.entrySet().stream().filter(e -> ioThread.test(e.getKey())).mapToInt(Map.Entry::getValue).sum();
            Map<String, Integer> added = ThreadCensus.added(before, during);
            // the JDK HttpClient of the harness's admin calls to the emulator starts workers on demand
            added.keySet().removeIf(group -> group.startsWith("HttpClient-"));
            return new InFlight(name, calls, reached, ThreadCensus.total(added), io, added,
                    (heapDuring - heapIdle) / (1024.0 * 1024.0), (heapAfter - heapIdle) / (1024.0 * 1024.0),
                    (directDuring - directIdle) / (1024.0 * 1024.0), failures);
        }
    }

    private long bodiesReceived() {
        return emulator.requests("general-text");
    }

    private static long awaitAll(List<CompletableFuture<?>> futures) throws InterruptedException {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).handle((r, e) -> null)
                    .get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new IllegalStateException("calls of the burst did not complete", e);
        }
        return futures.stream().filter(CompletableFuture::isCompletedExceptionally).count();
    }

    /**
     * Heap in use after full collections: what is live, not garbage. Collected until the figure stops falling (a
     * collection can leave objects whose finalisation or reference processing frees them at the next one).
     */
    private long liveHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }
}
