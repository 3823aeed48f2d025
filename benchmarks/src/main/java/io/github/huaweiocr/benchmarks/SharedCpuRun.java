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

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.huaweiocr.benchmarks.measure.CpuMeter;
import io.github.huaweiocr.benchmarks.peers.CamelPeer;
import io.github.huaweiocr.benchmarks.peers.Peer;
import io.github.huaweiocr.benchmarks.peers.RawPeer;
import io.github.huaweiocr.benchmarks.peers.SdkPeer;
import io.github.huaweiocr.benchmarks.peers.Target;
import io.github.huaweiocr.benchmarks.report.Results.HeapPerCall;
import io.github.huaweiocr.benchmarks.report.Results.Latency;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;
import io.github.huaweiocr.benchmarks.report.Ratios;
import io.github.huaweiocr.benchmarks.report.Results;
import io.github.huaweiocr.benchmarks.report.RunReport;
import io.github.huaweiocr.benchmarks.report.Summary;
import io.github.huaweiocr.benchmarks.report.SummaryWriter;

/**
 * The shared-CPU run: every peer and one emulator in this JVM, on the same cores. Throughput at 1 to 256 calls in
 * flight (with latency at 1), heap allocated per call, the quota scenario and the cost of encoding and hashing one
 * image. On a CPU-bound machine a client's CPU is taken from the server, so this run compares what a whole system
 * carries; the client-bound run compares the clients alone.
 */
final class SharedCpuRun {

    /** The run's name in the summary. */
    static final String NAME = "shared-cpu";
    /** JVMs besides this one that measure the component against raw-signing at 64 in flight. */
    static final int RAW_SIGNING_FORKS = 2;
    /** The emulator and two clients: a fork holds at most 64 calls' bodies and answers. */
    private static final String FORK_MAX_HEAP = "1g";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The largest JPEG whose base64 form fits the 10 MB (10 x 1024 x 1024 characters) limit, with 3 KiB to spare. */
    static final int LARGEST_IMAGE = 10 * 1024 * 1024 / 4 * 3 - 3 * 1024;

    private final BenchmarkSettings settings;
    private final PrintStream out;

    SharedCpuRun(BenchmarkSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    RunReport run() throws Exception {
        RunReport report = RunReport.start(NAME, settings.mode());
        BenchmarkImage small = BenchmarkImage.small();
        List<BenchmarkImage> heapImages = List.of(small, new BenchmarkImage("2 MB", JpegFactory.ofSize(2 * 1024 * 1024, 2)),
                new BenchmarkImage(String.format(Locale.ROOT, "%.1f MB (largest under the 10 MB base64 limit)",
                        LARGEST_IMAGE / 1024.0 / 1024.0), JpegFactory.ofSize(LARGEST_IMAGE, 3)));

        try (BenchEmulator emulator = new BenchEmulator()) {
            heapImages.forEach(emulator::registerFixture);
            Target target = emulator.target();
            log("emulator at %s; %s mode", target.endpoint(), settings.mode());

            List<Throughput> throughput = new ArrayList<>();
            List<Latency> latency = new ArrayList<>();
            List<HeapPerCall> heap = new ArrayList<>();
            try (RawPeer raw = RawPeer.prebuilt(target);
                 RawPeer rawSigning = RawPeer.signing(target);
                 SdkPeer sdkSync = new SdkPeer(target, SdkPeer.Mode.SYNC);
                 SdkPeer sdkAsync = new SdkPeer(target, SdkPeer.Mode.ASYNC);
                 CamelPeer camel = new CamelPeer(target, settings.maxConcurrency(), "")) {
                List<Peer> peers = List.of(camel, sdkSync, sdkAsync, rawSigning, raw);
                ThroughputRun run = new ThroughputRun(settings,
                        new CpuMeter(name -> !BenchEmulator.isEmulatorThread(name)));
                // every peer once before any measurement: the first cell would otherwise pay for the JIT of the
                // code all peers share (Netty, Jackson) and for the emulator's
                Map<String, Long> warmupCalls = new LinkedHashMap<>();
                for (Peer peer : peers) {
                    warmupCalls.put(peer.name(), run.warmUp(peer, small, 16));
                    log("warm-up %-11s %,d calls", peer.name(), warmupCalls.get(peer.name()));
                }
                report.detail("warmupCalls", warmupCalls);
                for (int concurrency : settings.concurrencies()) {
                    ThroughputRun.Level level = run.run(peers, small, concurrency);
                    throughput.addAll(level.throughput());
                    latency.addAll(level.latency());
                    for (Throughput t : level.throughput()) {
                        log("throughput %-11s c=%-4d %8.0f calls/s %s, %5.0f us client thread CPU/call", t.peer(),
                                concurrency, t.median(), t.iterations().stream()
                                        .map(v -> String.format(Locale.ROOT, "%.0f", v)).toList(), t.threadCpuMicros());
                    }
                }
                HeapRun heapRun = new HeapRun(settings);
                for (BenchmarkImage image : heapImages) {
                    for (Peer peer : List.of(camel, sdkSync, raw)) {
                        HeapRun.Allocation bytes = heapRun.bytesPerCall(peer, image);
                        heap.add(new HeapPerCall(image.label(), image.size(), peer.name(), bytes.client(), bytes.jvm()));
                        log("heap %-9s %,10d B image: %,14d B/call client, %,14d B/call whole JVM", peer.name(),
                                image.size(), bytes.client(), bytes.jvm());
                    }
                }
            }

            List<Double> forkRatios = rawSigningRatiosInForks();

            Results.Quota quota = new QuotaRun(settings, emulator).run(target, small);
            log("quota: %s", quota);

            Results.EncodingCost encoding = new EncodingCostRun().run(small);
            log("encoding: %s", encoding);

            return SummaryWriter.fill(report, new Summary(throughput, latency, heap, quota, encoding, forkRatios)).finish();
        }
    }

    /**
     * The component's throughput over raw-signing's at 64 in flight in {@link #RAW_SIGNING_FORKS} more JVMs, one after
     * the other, while this one idles (its peers are closed, its emulator waits).
     */
    private List<Double> rawSigningRatiosInForks() throws IOException, InterruptedException {
        List<Double> ratios = new ArrayList<>();
        Path result = Files.createTempFile("shared-cpu-fork", ".json");
        try {
            for (int fork = 1; fork <= RAW_SIGNING_FORKS; fork++) {
                List<String> options = "quick".equals(settings.mode()) ? List.of("-Dquick") : List.of();
                try (ForkedJvm jvm = ForkedJvm.startUnpinned(FORK_MAX_HEAP, options, SharedCpuForkMain.class.getName(),
                        List.of(result.toString()), out::println)) {
                    int exit = jvm.await(30, TimeUnit.MINUTES);
                    if (exit != 0) {
                        throw new IllegalStateException("the shared-CPU fork " + fork + " failed with exit code " + exit);
                    }
                }
                List<Throughput> figures = JSON.readValue(result.toFile(), new TypeReference<List<Throughput>>() {
                });
                Double ratio = Ratios.throughput(figures, Summary.COMPONENT, List.of(Summary.RAW_SIGNING),
                        Summary.FLOOR_CONCURRENCY);
                log("fork %d: huaweiocr / raw-signing at %d in flight %s", fork, Summary.FLOOR_CONCURRENCY, ratio);
                ratios.add(ratio);
            }
        } finally {
            Files.deleteIfExists(result);
        }
        return ratios;
    }

    private void log(String format, Object... args) {
        out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
        out.flush();
    }
}
