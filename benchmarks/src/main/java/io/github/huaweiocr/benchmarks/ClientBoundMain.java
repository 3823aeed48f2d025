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

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.github.huaweiocr.benchmarks.measure.CpuMeter;
import io.github.huaweiocr.benchmarks.peers.CamelPeer;
import io.github.huaweiocr.benchmarks.peers.Peer;
import io.github.huaweiocr.benchmarks.peers.RawPeer;
import io.github.huaweiocr.benchmarks.peers.SdkPeer;
import io.github.huaweiocr.benchmarks.peers.SdkProcessorPeer;
import io.github.huaweiocr.benchmarks.peers.Target;
import io.github.huaweiocr.benchmarks.report.Results.InFlight;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;
import io.github.huaweiocr.benchmarks.report.Summary;
import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.admin.EmulatorAdminClient;

/**
 * A client's JVM of the client-bound run, started by {@link ClientBoundRun} on a core of its own against an emulator
 * in another JVM on the other core. Everything in this JVM is the client, so every thread's CPU time (event loops,
 * caller pools, Camel's and OkHttp's threads), the process's CPU time (with garbage collection and JIT) and the live
 * heap are the client's. One JVM measures the throughput of every peer; each burst of calls held in flight gets a JVM
 * of its own, so that nothing an earlier peer left behind is in its heap readings. Writes its figures as JSON to the
 * file named by its fourth argument.
 *
 * <p>Arguments: {@code <emulator base URL> <project id> <quick|full> <result file> throughput}, or
 * {@code ... burst <peer> <calls>}.
 */
public final class ClientBoundMain {

    /** The figures of the throughput JVM. */
    record ThroughputFigures(List<Throughput> throughput, Map<String, Long> warmupCalls) {
    }

    /** How long each part runs. */
    private record Timing(Duration peerWarmup, long warmupCalls, Duration warmup, Duration slotWarmup,
                          Duration iteration, int rounds) {

        static Timing of(String mode) {
            return "quick".equals(mode)
                    ? new Timing(Duration.ofSeconds(3), BenchmarkSettings.QUICK_WARMUP_CALLS, Duration.ofSeconds(1),
                            Duration.ofMillis(500), Duration.ofSeconds(1), 3)
                    : new Timing(Duration.ofSeconds(8), BenchmarkSettings.FULL_WARMUP_CALLS, Duration.ofSeconds(3),
                            Duration.ofMillis(500), Duration.ofSeconds(3), 5);
        }
    }

    /** The concurrency the floors are stated at, and the burst the route comparison adds. */
    static final int CONCURRENCY = 64;
    static final int LARGE_IN_FLIGHT = 1000;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final PrintStream OUT = System.out;

    private ClientBoundMain() {
    }

    public static void main(String[] args) throws Exception {
        Target target = new Target(URI.create(args[0]), EmulatorConfig.DEFAULT_REGION, args[1],
                EmulatorConfig.DEFAULT_ACCESS_KEY, EmulatorConfig.DEFAULT_SECRET_KEY);
        Path result = Path.of(args[3]);
        EmulatorAdminClient admin = new EmulatorAdminClient(args[0]);
        BenchmarkImage image = BenchmarkImage.small();
        admin.putFixture(image.bytes(), "general-text", BenchEmulator.answer());
        if ("throughput".equals(args[4])) {
            JSON.writeValue(result.toFile(), throughput(target, image, Timing.of(args[2])));
        } else {
            String peer = args[5];
            int calls = Integer.parseInt(args[6]);
            InFlight burst = new InFlightRun(admin, Duration.ofSeconds(1)).run(() -> peer(peer, target, calls), image,
                    calls, ioThreads(peer));
            log("client-bound in flight %s", burst);
            JSON.writeValue(result.toFile(), burst);
        }
    }

    private static ThroughputFigures throughput(Target target, BenchmarkImage image, Timing timing)
            throws InterruptedException {
        ThroughputRun run = new ThroughputRun(timing.peerWarmup(), timing.warmupCalls(), timing.warmup(), timing.slotWarmup(),
                timing.iteration(), timing.iteration(), timing.rounds(), new CpuMeter(name -> true));
        List<Throughput> throughput = new ArrayList<>();
        Map<String, Long> warmupCalls = new LinkedHashMap<>();
        try (CamelPeer camel = new CamelPeer(target, LARGE_IN_FLIGHT, "");
             SdkProcessorPeer sdkProcessor = new SdkProcessorPeer(target);
             SdkPeer sdkSync = new SdkPeer(target, SdkPeer.Mode.SYNC);
             SdkPeer sdkAsync = new SdkPeer(target, SdkPeer.Mode.ASYNC);
             RawPeer rawSigning = RawPeer.signing(target);
             RawPeer raw = RawPeer.prebuilt(target)) {
            List<Peer> peers = List.of(camel, sdkProcessor, sdkSync, sdkAsync, rawSigning, raw);
            for (Peer peer : peers) {
                warmupCalls.put(peer.name(), run.warmUp(peer, image, CONCURRENCY));
                log("client-bound warm-up %-13s %,d calls", peer.name(), warmupCalls.get(peer.name()));
            }
            throughput.addAll(run.run(peers, image, CONCURRENCY).throughput());
            throughput.addAll(run.run(List.of(camel, sdkProcessor), image, LARGE_IN_FLIGHT).throughput());
        }
        throughput.forEach(t -> log("client-bound %-13s c=%-4d %6.0f calls/s, %5.0f us thread CPU/call, %5.0f us"
                + " process CPU/call", t.peer(), t.concurrency(), t.median(), t.threadCpuMicros(), t.processCpuMicros()));
        return new ThroughputFigures(throughput, warmupCalls);
    }

    /** The peers a burst can be made with, by name. */
    static final List<String> BURST_PEERS = List.of(Summary.COMPONENT, Summary.SDK_PROCESSOR, Summary.SDK_SYNC,
            Summary.RAW);

    private static Peer peer(String name, Target target, int calls) {
        return switch (name) {
            case Summary.COMPONENT -> new CamelPeer(target, calls, "");
            case Summary.SDK_PROCESSOR -> new SdkProcessorPeer(target);
            case Summary.SDK_SYNC -> new SdkPeer(target, SdkPeer.Mode.SYNC);
            case Summary.RAW -> RawPeer.prebuilt(target);
            default -> throw new IllegalArgumentException("no burst for peer " + name + "; one of " + BURST_PEERS);
        };
    }

    /** The threads that carry a peer's HTTP traffic: event loops, or the threads that block on a call. */
    private static Predicate<String> ioThreads(String peer) {
        return switch (peer) {
            case Summary.COMPONENT -> BenchmarkMain::isComponentIoThread;
            // Camel's threads() pool and OkHttp's threads
            case Summary.SDK_PROCESSOR -> name -> name.contains("Threads") || name.startsWith("OkHttp");
            case Summary.SDK_SYNC -> name -> name.startsWith("sdk-sync-caller") || name.startsWith("OkHttp");
            default -> name -> name.startsWith("bench-raw");
        };
    }

    private static void log(String format, Object... args) {
        OUT.printf(Locale.ROOT, "[bench] " + format + "%n", args);
        OUT.flush();
    }
}
