package io.github.huaweiocr.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.huaweiocr.benchmarks.measure.ThreadCensus;
import io.github.huaweiocr.benchmarks.peers.Peer;
import io.github.huaweiocr.benchmarks.peers.Session;
import io.github.huaweiocr.benchmarks.report.Results.InFlight;

/**
 * A burst of calls held in flight by the emulator's latency: how many threads and how much live heap a peer needs to
 * carry them. The peer is created after the "before" census, so its threads count as added (the emulator's own, which
 * grow with the load too, are left out); the "during" census and heap reading are taken once the server has read the
 * body of every call, so that it holds the same for every peer: the raw peer, which holds nothing per call, shows how
 * much that is.
 */
final class InFlightRun {

    private static final long REACH_TIMEOUT_MS = 15_000;

    private final BenchEmulator emulator;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    InFlightRun(BenchEmulator emulator) {
        this.emulator = emulator;
    }

    /**
     * @param ioThread which threads, by name, carry this peer's HTTP traffic
     */
    InFlight run(Supplier<Peer> peers, BenchmarkImage image, int calls, Predicate<String> ioThread)
            throws InterruptedException {
        long heapBefore = liveHeap();
        Map<String, Integer> before = ThreadCensus.take();
        Peer peer = peers.get();
        String name = peer.name();
        try (peer; Session session = peer.open(calls)) {
            long received = emulator.generalTextBodiesReceived();
            List<CompletableFuture<?>> futures = new ArrayList<>(calls);
            for (int i = 0; i < calls; i++) {
                futures.add(session.call(image));
            }
            long deadline = System.currentTimeMillis() + REACH_TIMEOUT_MS;
            while (emulator.generalTextBodiesReceived() - received < calls && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            int reached = (int) (emulator.generalTextBodiesReceived() - received);
            Map<String, Integer> during = ThreadCensus.take();
            long heapDuring = liveHeap();
            long failures = awaitAll(futures);
            int io = during.entrySet().stream().filter(e -> ioThread.test(e.getKey())).mapToInt(Map.Entry::getValue).sum();
            Map<String, Integer> added = ThreadCensus.added(before, during);
            added.keySet().removeIf(BenchEmulator::isEmulatorThread);
            return new InFlight(name, calls, reached, ThreadCensus.total(added), io, added,
                    (heapDuring - heapBefore) / (1024.0 * 1024.0), failures);
        }
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

    /** Heap in use after a full collection: what is live, not what is garbage. */
    private long liveHeap() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
