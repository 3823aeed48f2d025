package io.github.huaweiocr.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.huaweiocr.benchmarks.measure.Percentiles;
import io.github.huaweiocr.benchmarks.report.Results.EncodingCost;
import io.github.huaweiocr.benchmarks.report.Results.HeapPerCall;
import io.github.huaweiocr.benchmarks.report.Results.InFlight;
import io.github.huaweiocr.benchmarks.report.Results.Latency;
import io.github.huaweiocr.benchmarks.report.Results.Machine;
import io.github.huaweiocr.benchmarks.report.Results.Quota;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;

/**
 * A run's figures and what follows from them: the headline ratios of {@code summary.json} and the floors, met
 * or missed. A figure that was not measured is absent (null), never guessed.
 */
public record Summary(Machine machine, String mode, List<Throughput> throughput, List<Latency> latency,
                      List<HeapPerCall> heap, List<InFlight> inFlight, Quota quota, EncodingCost encoding) {

    public static final String COMPONENT = "huaweiocr";
    public static final String RAW = "raw";
    public static final String RAW_SIGNING = "raw-signing";
    public static final String SDK_SYNC = "sdk-sync";
    public static final String SDK_ASYNC = "sdk-async";

    /** The concurrency the throughput floors are stated at. */
    public static final int FLOOR_CONCURRENCY = 64;

    /** A floor of the issue, with the measured value. */
    public record Floor(String name, String target, Double measured, Boolean met) {
    }

    public Optional<Double> throughputOf(String peer, int concurrency) {
        return throughput.stream().filter(t -> t.peer().equals(peer) && t.concurrency() == concurrency)
                .map(Throughput::median).findFirst();
    }

    public Double throughputVsRawAt64() {
        return throughputRatio(COMPONENT, List.of(RAW), FLOOR_CONCURRENCY);
    }

    /**
     * Against the raw client that builds, hashes and signs every body, the limit of any AK/SK client: how much of the
     * gap to {@code raw} is the component's own.
     */
    public Double throughputVsRawSigningAt64() {
        return throughputRatio(COMPONENT, List.of(RAW_SIGNING), FLOOR_CONCURRENCY);
    }

    public Double throughputVsSdkAt64() {
        return throughputRatio(COMPONENT, List.of(SDK_SYNC, SDK_ASYNC), FLOOR_CONCURRENCY);
    }

    /**
     * How {@code peer} compares with the best of {@code others} at a concurrency: the median over the rounds of the
     * ratio within each round (the peers take turns within a round, so a ratio compares iterations run under the same
     * machine load). Null when a figure is missing.
     */
    public Double throughputRatio(String peer, List<String> others, int concurrency) {
        Optional<Throughput> measured = cell(peer, concurrency);
        List<Throughput> references = others.stream().map(o -> cell(o, concurrency)).flatMap(Optional::stream).toList();
        if (measured.isEmpty() || references.isEmpty()) {
            return null;
        }
        int rounds = references.stream().mapToInt(r -> r.iterations().size())
                .reduce(measured.get().iterations().size(), Math::min);
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            int round = i;
            double best = references.stream().mapToDouble(r -> r.iterations().get(round)).max().orElse(0);
            ratios[i] = best == 0 ? Double.NaN : measured.get().iterations().get(i) / best;
        }
        return rounds == 0 ? null : Percentiles.median(ratios);
    }

    private Optional<Throughput> cell(String peer, int concurrency) {
        return throughput.stream().filter(t -> t.peer().equals(peer) && t.concurrency() == concurrency).findFirst();
    }

    /** Ratio of heap per call for the largest image, component over SDK. */
    public Double heapPerCallVsSdkLargest() {
        Optional<HeapPerCall> largest = heap.stream().max((a, b) -> Long.compare(a.imageBytes(), b.imageBytes()));
        if (largest.isEmpty()) {
            return null;
        }
        String image = largest.get().image();
        return ratio(heapOf(image, COMPONENT), heapOf(image, SDK_SYNC));
    }

    private Optional<Double> heapOf(String image, String peer) {
        return heap.stream().filter(h -> h.image().equals(image) && h.peer().equals(peer))
                .map(h -> (double) h.bytesPerCall()).findFirst();
    }

    public Optional<InFlight> inFlightOf(String peer) {
        return inFlight.stream().filter(i -> i.peer().equals(peer)).findFirst();
    }

    /**
     * Live heap a peer's client side holds for the burst, in MB: its whole-JVM figure minus the raw peer's, which holds
     * nothing per call and so measures the bodies the emulator holds. Null without both figures.
     */
    public Double clientHeapAt1000(String peer) {
        Optional<InFlight> measured = inFlightOf(peer);
        Optional<InFlight> raw = inFlightOf(RAW);
        return measured.isPresent() && raw.isPresent() ? measured.get().heapMb() - raw.get().heapMb() : null;
    }

    public Optional<Latency> latencyOf(String peer) {
        return latency.stream().filter(l -> l.peer().equals(peer)).findFirst();
    }

    public Double goodputVsQuota() {
        return quota == null ? null : quota.completed() / quota.allowed();
    }

    /** The headline figures, in the order summary.json lists them. */
    public Map<String, Object> headline() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("throughputVsRawAt64", round(throughputVsRawAt64()));
        h.put("throughputVsRawSigningAt64", round(throughputVsRawSigningAt64()));
        h.put("rawSigningVsRawAt64", round(throughputRatio(RAW_SIGNING, List.of(RAW), FLOOR_CONCURRENCY)));
        h.put("throughputVsSdkAt64", round(throughputVsSdkAt64()));
        h.put("throughputVsSdkSyncAt64", round(throughputRatio(COMPONENT, List.of(SDK_SYNC), FLOOR_CONCURRENCY)));
        h.put("throughputVsSdkAsyncAt64", round(throughputRatio(COMPONENT, List.of(SDK_ASYNC), FLOOR_CONCURRENCY)));
        h.put("heapPerCallVsSdk10MB", round(heapPerCallVsSdkLargest()));
        h.put("threadsAt1000InFlight", inFlightOf(COMPONENT).map(InFlight::threadsAdded).orElse(null));
        h.put("ioThreadsAt1000InFlight", inFlightOf(COMPONENT).map(InFlight::ioThreads).orElse(null));
        h.put("sdkThreadsAt1000InFlight", inFlightOf(SDK_SYNC).map(InFlight::threadsAdded).orElse(null));
        h.put("heapMbAt1000InFlight", round(clientHeapAt1000(COMPONENT)));
        h.put("sdkHeapMbAt1000InFlight", round(clientHeapAt1000(SDK_SYNC)));
        h.put("emulatorHeapMbAt1000InFlight", inFlightOf(RAW).map(i -> round(i.heapMb())).orElse(null));
        h.put("goodputVsQuota", round(goodputVsQuota()));
        h.put("failuresUnderQuota", quota == null ? null : quota.failures());
        h.put("throttledAtRoute", quota == null ? null : quota.throttledAtRoute());
        Optional<Latency> component = latencyOf(COMPONENT);
        Optional<Latency> raw = latencyOf(RAW);
        h.put("latencyP50OverheadMicros", component.isPresent() && raw.isPresent()
                ? round(component.get().p50Micros() - raw.get().p50Micros()) : null);
        h.put("latencyP99OverheadMicros", component.isPresent() && raw.isPresent()
                ? round(component.get().p99Micros() - raw.get().p99Micros()) : null);
        return h;
    }

    /** The floors with their verdicts; a floor whose figures are missing has {@code met == null}. */
    public List<Floor> floors() {
        List<Floor> floors = new ArrayList<>();
        Double vsRaw = throughputVsRawAt64();
        floors.add(new Floor("throughput vs raw at 64", ">= 0.90x", round(vsRaw), vsRaw == null ? null : vsRaw >= 0.9));
        Double vsSdk = throughputVsSdkAt64();
        floors.add(new Floor("throughput vs SDK (better client) at 64", ">= 2.00x", round(vsSdk),
                vsSdk == null ? null : vsSdk >= 2.0));
        Double heapRatio = heapPerCallVsSdkLargest();
        floors.add(new Floor("heap per largest-image call vs SDK", "<= 0.25x", round(heapRatio),
                heapRatio == null ? null : heapRatio <= 0.25));
        Optional<InFlight> burst = inFlightOf(COMPONENT);
        int ioLimit = 2 * machine.cores();
        floors.add(new Floor("I/O threads with 1,000 in flight", "<= " + ioLimit + " (2 x cores)",
                burst.map(b -> (double) b.ioThreads()).orElse(null),
                burst.map(b -> b.ioThreads() <= ioLimit && b.failures() == 0 && b.reachedServer() >= b.calls())
                        .orElse(null)));
        Double goodput = goodputVsQuota();
        floors.add(new Floor("goodput under quota, 0 failures", ">= 0.95x, 0 failures", round(goodput),
                goodput == null ? null : goodput >= 0.95 && quota.failures() == 0));
        return floors;
    }

    private static Double ratio(Optional<Double> numerator, Optional<Double> denominator) {
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.get() == 0) {
            return null;
        }
        return numerator.get() / denominator.get();
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }
}
