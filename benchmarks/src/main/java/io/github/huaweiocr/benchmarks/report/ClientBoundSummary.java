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
package io.github.huaweiocr.benchmarks.report;

import static io.github.huaweiocr.benchmarks.report.Summary.COMPONENT;
import static io.github.huaweiocr.benchmarks.report.Summary.RAW;
import static io.github.huaweiocr.benchmarks.report.Summary.RAW_SIGNING;
import static io.github.huaweiocr.benchmarks.report.Summary.SDK_ASYNC;
import static io.github.huaweiocr.benchmarks.report.Summary.SDK_PROCESSOR;
import static io.github.huaweiocr.benchmarks.report.Summary.SDK_SYNC;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.huaweiocr.benchmarks.report.Results.InFlight;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;

/**
 * The figures of the client-bound run (the emulator in its own JVM on one core, each client in a JVM on the other)
 * and what follows from them. Here the client's CPU is the limit, so throughput ratios compare clients; CPU per call
 * compares them directly, whatever the server costs.
 *
 * @param cores the machine's cores (the I/O-thread floor is twice that)
 */
public record ClientBoundSummary(List<Throughput> throughput, List<InFlight> inFlight, int cores) {

    /** The concurrency the floors are stated at. */
    public static final int AT = 64;
    /** The larger burst of the route comparison. */
    public static final int LARGE = 1000;

    private static final List<String> SDK_CLIENTS = List.of(SDK_SYNC, SDK_ASYNC);
    private static final List<String> PEERS = List.of(COMPONENT, SDK_PROCESSOR, SDK_SYNC, SDK_ASYNC, RAW_SIGNING, RAW);

    public Double throughputVsSdkAt64() {
        return Ratios.throughput(throughput, COMPONENT, SDK_CLIENTS, AT);
    }

    public Double routeThroughputVsSdkProcessor(int concurrency) {
        return Ratios.throughput(throughput, COMPONENT, List.of(SDK_PROCESSOR), concurrency);
    }

    /** Median thread CPU per call of a peer at 64 in flight, microseconds; null when not measured. */
    public Double threadCpu(String peer) {
        return Ratios.cell(throughput, peer, AT).map(Throughput::threadCpuMicros).orElse(null);
    }

    public Double processCpu(String peer) {
        return Ratios.cell(throughput, peer, AT).map(Throughput::processCpuMicros).orElse(null);
    }

    /** The component's CPU per call over the lighter SDK client's (the harder comparison). */
    public Double cpuVsSdk(Function<String, Double> cpu) {
        Double component = cpu.apply(COMPONENT);
        Optional<Double> lightestSdk = SDK_CLIENTS.stream().map(cpu).filter(v -> v != null).min(Double::compare);
        return component == null || lightestSdk.isEmpty() ? null : component / lightestSdk.get();
    }

    public Double cpuVs(Function<String, Double> cpu, String other) {
        Double component = cpu.apply(COMPONENT);
        Double reference = cpu.apply(other);
        return component == null || reference == null || reference == 0 ? null : component / reference;
    }

    public Optional<InFlight> burst(String peer, int calls) {
        return inFlight.stream().filter(i -> i.peer().equals(peer) && i.calls() == calls).findFirst();
    }

    /** The headline entries of the client-bound run, in the order summary.json lists them. */
    public Map<String, Object> headline() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("throughputVsSdkClientBoundAt64", Ratios.round(throughputVsSdkAt64()));
        h.put("throughputVsRawSigningClientBoundAt64",
                Ratios.round(Ratios.throughput(throughput, COMPONENT, List.of(RAW_SIGNING), AT)));
        h.put("clientCpuVsSdk", Ratios.round(cpuVsSdk(this::threadCpu)));
        h.put("clientCpuVsRawSigning", Ratios.round(cpuVs(this::threadCpu, RAW_SIGNING)));
        h.put("clientCpuVsSdkProcessor", Ratios.round(cpuVs(this::threadCpu, SDK_PROCESSOR)));
        h.put("clientProcessCpuVsSdk", Ratios.round(cpuVsSdk(this::processCpu)));
        h.put("clientProcessCpuVsRawSigning", Ratios.round(cpuVs(this::processCpu, RAW_SIGNING)));
        h.put("clientCpuMicrosPerCall", Ratios.round(threadCpu(COMPONENT)));
        h.put("rawSigningCpuMicrosPerCall", Ratios.round(threadCpu(RAW_SIGNING)));
        h.put("sdkCpuMicrosPerCall", Ratios.round(SDK_CLIENTS.stream().map(this::threadCpu).filter(v -> v != null)
                .min(Double::compare).orElse(null)));
        h.put("routeThroughputVsSdkProcessorAt64", Ratios.round(routeThroughputVsSdkProcessor(AT)));
        h.put("routeThroughputVsSdkProcessorAt1000", Ratios.round(routeThroughputVsSdkProcessor(LARGE)));
        for (int calls : List.of(AT, LARGE)) {
            String suffix = "At" + calls + "InFlight";
            h.put("threads" + suffix, burst(COMPONENT, calls).map(InFlight::threadsAdded).orElse(null));
            h.put("ioThreads" + suffix, burst(COMPONENT, calls).map(InFlight::ioThreads).orElse(null));
            h.put("heapMb" + suffix, burst(COMPONENT, calls).map(i -> Ratios.round(i.heapMbHeld())).orElse(null));
            h.put("directMb" + suffix, burst(COMPONENT, calls).map(i -> Ratios.round(i.directMbHeld())).orElse(null));
            h.put("sdkProcessorThreads" + suffix, burst(SDK_PROCESSOR, calls).map(InFlight::threadsAdded).orElse(null));
            h.put("sdkProcessorHeapMb" + suffix,
                    burst(SDK_PROCESSOR, calls).map(i -> Ratios.round(i.heapMbHeld())).orElse(null));
        }
        h.put("sdkThreadsAt1000InFlight", burst(SDK_SYNC, LARGE).map(InFlight::threadsAdded).orElse(null));
        h.put("sdkHeapMbAt1000InFlight", burst(SDK_SYNC, LARGE).map(i -> Ratios.round(i.heapMbHeld())).orElse(null));
        h.put("rawHeapMbAt1000InFlight", burst(RAW, LARGE).map(i -> Ratios.round(i.heapMbHeld())).orElse(null));
        h.put("rawDirectMbAt1000InFlight", burst(RAW, LARGE).map(i -> Ratios.round(i.directMbHeld())).orElse(null));
        return h;
    }

    public List<Floor> floors() {
        List<Floor> floors = new ArrayList<>();
        floors.add(Floor.atLeast("throughputVsSdkClientBoundAt64",
                "throughput at 64 in flight vs the better SDK client, client-bound", 3, Ratios.round(throughputVsSdkAt64())));
        floors.add(Floor.atMost("clientCpuVsSdk", "client CPU per call vs the lighter SDK client", 0.3,
                Ratios.round(cpuVsSdk(this::threadCpu))));
        floors.add(Floor.atMost("clientCpuVsRawSigning", "client CPU per call vs raw-signing", 1.15,
                Ratios.round(cpuVs(this::threadCpu, RAW_SIGNING))));
        floors.add(Floor.atLeast("routeThroughputVsSdkProcessorAt64",
                "route throughput at 64 in flight vs the SDK in a processor", 2,
                Ratios.round(routeThroughputVsSdkProcessor(AT))));
        Optional<InFlight> large = burst(COMPONENT, LARGE);
        int ioLimit = 2 * cores;
        floors.add(new Floor("ioThreadsAt1000InFlight", "I/O threads with 1,000 calls in flight",
                "<= " + ioLimit + " (2 x cores), all calls at the server, 0 failures",
                large.map(b -> (double) b.ioThreads()).orElse(null),
                large.map(b -> b.ioThreads() <= ioLimit && b.failures() == 0 && b.reachedServer() >= b.calls())
                        .orElse(null)));
        return floors;
    }

    /** Adds entries, floors, details and tables to the report. */
    public RunReport fill(RunReport report) {
        headline().forEach(report::entry);
        floors().forEach(report::floor);
        return report.detail("throughput", throughput).detail("inFlight", inFlight).markdown(markdown());
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        TreeSet<Integer> levels = throughput.stream().map(Throughput::concurrency)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> peers = PEERS.stream().filter(p -> throughput.stream().anyMatch(t -> t.peer().equals(p))).toList();
        md.append("### Throughput and client CPU, client-bound (100 KB JPEG; calls/s, median of iterations; CPU per call"
                + " in µs: the client JVM's threads, then its whole process with GC and JIT)\n\n"
                + "| peer | concurrency | calls/s | thread CPU / call | process CPU / call | huaweiocr / this (throughput,"
                + " per-round median) |\n|---|---|---|---|---|---|\n");
        for (int level : levels) {
            for (String peer : peers) {
                Optional<Throughput> cell = Ratios.cell(throughput, peer, level);
                if (cell.isEmpty()) {
                    continue;
                }
                Throughput t = cell.get();
                md.append("| ").append(peer).append(" | ").append(level).append(" | ").append(format0(t.median()))
                        .append(" | ").append(t.threadCpuMicros() == null ? "-" : format0(t.threadCpuMicros()))
                        .append(" | ").append(t.processCpuMicros() == null ? "-" : format0(t.processCpuMicros()))
                        .append(" | ").append(peer.equals(COMPONENT) ? "-"
                                : times(Ratios.throughput(throughput, COMPONENT, List.of(peer), level)))
                        .append(" |\n");
            }
        }
        if (!inFlight.isEmpty()) {
            md.append("\n### Calls held in flight by 1 s of emulated latency, client-bound (the client's JVM only)\n\n"
                    + "| peer | calls | at the server | threads added | of which I/O | live heap held (MB) |"
                    + " live heap after (MB) | Netty direct buffers held (MB) | failures | thread groups added |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|\n");
            for (InFlight i : inFlight) {
                md.append("| ").append(i.peer()).append(" | ").append(i.calls()).append(" | ").append(i.reachedServer())
                        .append(" | ").append(i.threadsAdded()).append(" | ").append(i.ioThreads()).append(" | ")
                        .append(format(i.heapMbHeld())).append(" | ").append(format(i.heapMbAfter())).append(" | ")
                        .append(format(i.directMbHeld())).append(" | ").append(i.failures()).append(" | ")
                        .append(i.addedThreadGroups().entrySet().stream()
                                .map(e -> "`" + e.getKey() + "` x" + e.getValue()).collect(Collectors.joining(", ")))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static String times(Double ratio) {
        return ratio == null ? "-" : format(ratio) + "x";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, Math.abs(value) < 0.1 && value != 0 ? "%.3f" : "%.2f", value);
    }

    private static String format0(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
