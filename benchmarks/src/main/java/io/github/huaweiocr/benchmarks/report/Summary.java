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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.huaweiocr.benchmarks.measure.Percentiles;
import io.github.huaweiocr.benchmarks.report.Results.EncodingCost;
import io.github.huaweiocr.benchmarks.report.Results.HeapPerCall;
import io.github.huaweiocr.benchmarks.report.Results.Latency;
import io.github.huaweiocr.benchmarks.report.Results.Quota;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;

/**
 * The figures of the shared-CPU run (every peer and the emulator in one JVM on the same cores) and what follows from
 * them: its headline entries and floors. A figure that was not measured is absent (null), never guessed.
 *
 * @param rawSigningRatiosInForks the component's throughput over raw-signing's at 64 in flight measured the same way
 *                                in further JVMs (empty when there were none); with this JVM's, their median is the
 *                                floor's figure
 */
public record Summary(List<Throughput> throughput, List<Latency> latency, List<HeapPerCall> heap, Quota quota,
                      EncodingCost encoding, List<Double> rawSigningRatiosInForks) {

    public Summary {
        rawSigningRatiosInForks = List.copyOf(rawSigningRatiosInForks);
    }

    /** Figures of this JVM alone. */
    public Summary(List<Throughput> throughput, List<Latency> latency, List<HeapPerCall> heap, Quota quota,
                   EncodingCost encoding) {
        this(throughput, latency, heap, quota, encoding, List.of());
    }

    public static final String COMPONENT = "huaweiocr";
    public static final String RAW = "raw";
    public static final String RAW_SIGNING = "raw-signing";
    public static final String SDK_SYNC = "sdk-sync";
    public static final String SDK_ASYNC = "sdk-async";
    public static final String SDK_PROCESSOR = "sdk-processor";

    /** The concurrency the throughput floors are stated at. */
    public static final int FLOOR_CONCURRENCY = 64;

    public Optional<Double> throughputOf(String peer, int concurrency) {
        return Ratios.cell(throughput, peer, concurrency).map(Throughput::median);
    }

    public Double throughputRatio(String peer, List<String> others, int concurrency) {
        return Ratios.throughput(throughput, peer, others, concurrency);
    }

    public Double throughputVsRawAt64() {
        return throughputRatio(COMPONENT, List.of(RAW), FLOOR_CONCURRENCY);
    }

    /**
     * Against the raw client that builds, hashes and signs every body, the limit of any AK/SK client: how much of the
     * gap to {@code raw} is the component's own. The median of this JVM's ratio and the forks' (a JVM's JIT decides a
     * few per cent of it); this JVM's alone when there were no forks.
     */
    public Double throughputVsRawSigningAt64() {
        List<Double> perJvm = rawSigningRatiosPerJvm();
        return perJvm.isEmpty() ? null : Percentiles.median(perJvm.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The component over raw-signing at 64 in flight in each JVM that measured it, this one first. */
    public List<Double> rawSigningRatiosPerJvm() {
        Double here = throughputRatio(COMPONENT, List.of(RAW_SIGNING), FLOOR_CONCURRENCY);
        List<Double> perJvm = new ArrayList<>();
        if (here != null) {
            perJvm.add(here);
        }
        rawSigningRatiosInForks.stream().filter(Objects::nonNull).forEach(perJvm::add);
        return perJvm;
    }

    public Double throughputVsSdkAt64() {
        return throughputRatio(COMPONENT, List.of(SDK_SYNC, SDK_ASYNC), FLOOR_CONCURRENCY);
    }

    /** Ratio of heap per call for the largest image, component over SDK. */
    public Double heapPerCallVsSdkLargest() {
        Optional<HeapPerCall> largest = heap.stream().max((a, b) -> Long.compare(a.imageBytes(), b.imageBytes()));
        if (largest.isEmpty()) {
            return null;
        }
        String image = largest.get().image();
        Optional<Double> component = heapOf(image, COMPONENT);
        Optional<Double> sdk = heapOf(image, SDK_SYNC);
        return component.isPresent() && sdk.isPresent() && sdk.get() != 0 ? component.get() / sdk.get() : null;
    }

    private Optional<Double> heapOf(String image, String peer) {
        return heap.stream().filter(h -> h.image().equals(image) && h.peer().equals(peer))
                .map(h -> (double) h.bytesPerCall()).findFirst();
    }

    public Optional<Latency> latencyOf(String peer) {
        return latency.stream().filter(l -> l.peer().equals(peer)).findFirst();
    }

    /**
     * The component's p99 at concurrency 1 minus raw's, in each round (iteration i of both peers ran seconds apart);
     * empty when not measured.
     */
    public List<Double> latencyP99OverheadPerRound() {
        Optional<Latency> component = latencyOf(COMPONENT);
        Optional<Latency> raw = latencyOf(RAW);
        if (component.isEmpty() || raw.isEmpty()) {
            return List.of();
        }
        int rounds = Math.min(component.get().iterationP99Micros().size(), raw.get().iterationP99Micros().size());
        List<Double> overheads = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            overheads.add(component.get().iterationP99Micros().get(i) - raw.get().iterationP99Micros().get(i));
        }
        return overheads;
    }

    public Double goodputVsQuota() {
        return quota == null ? null : quota.completed() / quota.allowed();
    }

    /** The headline entries of the shared-CPU run, in the order summary.json lists them. */
    public Map<String, Object> headline() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("throughputVsRawSigningAt64", Ratios.round(throughputVsRawSigningAt64()));
        h.put("throughputVsRawSigningAt64PerJvm", rawSigningRatiosPerJvm().stream().map(Ratios::round).toList());
        h.put("throughputVsRawAt64", Ratios.round(throughputVsRawAt64()));
        h.put("rawSigningVsRawAt64", Ratios.round(throughputRatio(RAW_SIGNING, List.of(RAW), FLOOR_CONCURRENCY)));
        h.put("throughputVsSdkAt64", Ratios.round(throughputVsSdkAt64()));
        h.put("throughputVsSdkSyncAt64", Ratios.round(throughputRatio(COMPONENT, List.of(SDK_SYNC), FLOOR_CONCURRENCY)));
        h.put("throughputVsSdkAsyncAt64",
                Ratios.round(throughputRatio(COMPONENT, List.of(SDK_ASYNC), FLOOR_CONCURRENCY)));
        h.put("heapPerCallVsSdk10MB", Ratios.round(heapPerCallVsSdkLargest()));
        h.put("goodputVsQuota", Ratios.round(goodputVsQuota()));
        h.put("failuresUnderQuota", quota == null ? null : quota.failures());
        h.put("throttledAtRoute", quota == null ? null : quota.throttledAtRoute());
        Optional<Latency> component = latencyOf(COMPONENT);
        Optional<Latency> raw = latencyOf(RAW);
        boolean latencies = component.isPresent() && raw.isPresent();
        h.put("latencySamples", component.map(Latency::samples).orElse(null));
        h.put("latencyP50OverheadMicros", latencies
                ? Ratios.round(component.get().p50Micros() - raw.get().p50Micros()) : null);
        h.put("latencyP99OverheadMicros", latencies
                ? Ratios.round(component.get().p99Micros() - raw.get().p99Micros()) : null);
        List<Double> perRound = latencyP99OverheadPerRound();
        h.put("latencyP99OverheadMinMicros", perRound.isEmpty() ? null
                : Ratios.round(perRound.stream().mapToDouble(Double::doubleValue).min().getAsDouble()));
        h.put("latencyP99OverheadMaxMicros", perRound.isEmpty() ? null
                : Ratios.round(perRound.stream().mapToDouble(Double::doubleValue).max().getAsDouble()));
        return h;
    }

    /** The floors of this run; a floor whose figures are missing has {@code met == null}. */
    public List<Floor> floors() {
        List<Floor> floors = new ArrayList<>();
        floors.add(Floor.atLeast("throughputVsRawSigningAt64", "throughput at 64 in flight vs raw-signing, shared CPU (median over JVMs)",
                0.95, Ratios.round(throughputVsRawSigningAt64())));
        floors.add(Floor.atMost("heapPerCallVsSdk10MB", "heap allocated per largest-image call vs the SDK", 0.25,
                Ratios.round(heapPerCallVsSdkLargest())));
        Double goodput = Ratios.round(goodputVsQuota());
        floors.add(new Floor("goodputVsQuota", "goodput under a quota, with 0 failures", ">= 0.95, 0 failures", goodput,
                goodput == null ? null : goodput >= 0.95 && quota.failures() == 0));
        return floors;
    }
}
