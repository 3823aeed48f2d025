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

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.huaweiocr.benchmarks.report.Results.HeapPerCall;
import io.github.huaweiocr.benchmarks.report.Results.Latency;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;

/** Puts the shared-CPU run's {@link Summary} into its {@link RunReport}: entries, floors, details and Markdown tables. */
public final class SummaryWriter {

    private static final List<String> PEERS = List.of(Summary.COMPONENT, Summary.SDK_SYNC, Summary.SDK_ASYNC,
            Summary.RAW_SIGNING, Summary.RAW);

    private SummaryWriter() {
    }

    /** Adds the summary's entries, floors, details and tables to the report. */
    public static RunReport fill(RunReport report, Summary summary) {
        summary.headline().forEach(report::entry);
        summary.floors().forEach(report::floor);
        report.detail("throughput", summary.throughput()).detail("latency", summary.latency())
                .detail("heapPerCall", summary.heap()).detail("encodingCost", summary.encoding());
        if (summary.quota() != null) {
            report.detail("quota", Map.of("quotaPerMinute", summary.quota().quotaPerMinute(), "minutes",
                    summary.quota().minutes(), "concurrency", summary.quota().concurrency(), "completed",
                    summary.quota().completed(), "failures", summary.quota().failures(), "throttledAtRoute",
                    summary.quota().throttledAtRoute(), "emulator429", summary.quota().emulator429(), "allowed",
                    summary.quota().allowed(), "requests", summary.quota().requests(), "throttledShare",
                    Ratios.round(summary.quota().throttledShare())));
        }
        return report.markdown(markdown(summary));
    }

    public static String markdown(Summary summary) {
        StringBuilder md = new StringBuilder();
        TreeSet<Integer> levels = summary.throughput().stream().map(Throughput::concurrency)
                .collect(Collectors.toCollection(TreeSet::new));
        md.append("\n### Throughput, 100 KB JPEG (calls/s, median of iterations; ratios: median of the per-round"
                + " ratios)\n\n| concurrency |");
        List<String> peers = PEERS.stream().filter(p -> summary.throughput().stream().anyMatch(t -> t.peer().equals(p)))
                .toList();
        peers.forEach(p -> md.append(' ').append(p).append(" |"));
        boolean signing = peers.contains(Summary.RAW_SIGNING);
        md.append(" huaweiocr / raw |").append(signing ? " huaweiocr / raw-signing | raw-signing / raw |" : "")
                .append(" huaweiocr / best SDK |\n|---|");
        peers.forEach(p -> md.append("---|"));
        md.append(signing ? "---|---|---|---|\n" : "---|---|\n");
        for (int level : levels) {
            md.append("| ").append(level).append(" |");
            for (String peer : peers) {
                md.append(' ').append(summary.throughputOf(peer, level).map(v -> format0(v)).orElse("-")).append(" |");
            }
            md.append(' ').append(times(summary.throughputRatio(Summary.COMPONENT, List.of(Summary.RAW), level)))
                    .append(" |");
            if (signing) {
                md.append(' ').append(times(summary.throughputRatio(Summary.COMPONENT, List.of(Summary.RAW_SIGNING),
                        level))).append(" |");
                md.append(' ').append(times(summary.throughputRatio(Summary.RAW_SIGNING, List.of(Summary.RAW), level)))
                        .append(" |");
            }
            md.append(' ').append(times(summary.throughputRatio(Summary.COMPONENT,
                    List.of(Summary.SDK_SYNC, Summary.SDK_ASYNC), level))).append(" |\n");
        }
        if (!summary.rawSigningRatiosInForks().isEmpty()) {
            List<Double> perJvm = summary.rawSigningRatiosPerJvm();
            md.append("\nhuaweiocr / raw-signing at ").append(Summary.FLOOR_CONCURRENCY)
                    .append(" in flight, measured the same way in ").append(perJvm.size())
                    .append(" JVMs (this run's first, then JVMs started for this figure alone, one after the other):"
                            + " ").append(perJvm.stream().map(SummaryWriter::times).collect(Collectors.joining(", ")))
                    .append("; `throughputVsRawSigningAt64` is their median, ")
                    .append(times(summary.throughputVsRawSigningAt64())).append(".\n");
        }

        md.append("\n### Client CPU per call, shared CPU (µs of the client threads' CPU time, the emulator's threads left"
                + " out; median of iterations)\n\n| concurrency |");
        peers.forEach(p -> md.append(' ').append(p).append(" |"));
        md.append("\n|---|");
        peers.forEach(p -> md.append("---|"));
        md.append('\n');
        for (int level : levels) {
            md.append("| ").append(level).append(" |");
            for (String peer : peers) {
                Double cpu = Ratios.cell(summary.throughput(), peer, level).map(Throughput::threadCpuMicros).orElse(null);
                md.append(' ').append(cpu == null ? "-" : format0(cpu)).append(" |");
            }
            md.append('\n');
        }

        if (!summary.latency().isEmpty()) {
            md.append("\n### Latency at concurrency 1, 100 KB JPEG (microseconds; all samples pooled, then the range of"
                    + " the per-iteration figures)\n\n| peer | p50 | p99 | samples | p50 per iteration | p99 per iteration |"
                    + " p50 / raw | p99 / raw |\n|---|---|---|---|---|---|---|---|\n");
            Latency raw = summary.latencyOf(Summary.RAW).orElse(null);
            for (Latency l : summary.latency()) {
                md.append("| ").append(l.peer()).append(" | ").append(format0(l.p50Micros())).append(" | ")
                        .append(format0(l.p99Micros())).append(" | ").append(l.samples()).append(" | ")
                        .append(range(l.iterationP50Micros())).append(" | ").append(range(l.iterationP99Micros()))
                        .append(" | ").append(ratio(l.p50Micros(), raw == null ? null : raw.p50Micros())).append(" | ")
                        .append(ratio(l.p99Micros(), raw == null ? null : raw.p99Micros())).append(" |\n");
            }
            List<Double> overheads = summary.latencyP99OverheadPerRound();
            if (!overheads.isEmpty()) {
                md.append("\np99 overhead of huaweiocr over raw in each round (µs): ").append(overheads.stream()
                        .map(SummaryWriter::format0).collect(Collectors.joining(", "))).append(".\n");
            }
        }

        if (!summary.heap().isEmpty()) {
            md.append("\n### Heap allocated per call (client threads, KB)\n\n| image | bytes |");
            List<String> heapPeers = PEERS.stream().filter(p -> summary.heap().stream().anyMatch(h -> h.peer().equals(p)))
                    .toList();
            heapPeers.forEach(p -> md.append(' ').append(p).append(" |"));
            md.append(" huaweiocr / SDK |\n|---|---|");
            heapPeers.forEach(p -> md.append("---|"));
            md.append("---|\n");
            Map<String, List<HeapPerCall>> byImage = summary.heap().stream()
                    .collect(Collectors.groupingBy(HeapPerCall::image, java.util.LinkedHashMap::new, Collectors.toList()));
            byImage.forEach((image, rows) -> {
                md.append("| ").append(image).append(" | ").append(rows.get(0).imageBytes()).append(" |");
                Long component = null;
                Long sdk = null;
                for (String peer : heapPeers) {
                    Long bytes = rows.stream().filter(r -> r.peer().equals(peer)).map(HeapPerCall::bytesPerCall)
                            .findFirst().orElse(null);
                    md.append(' ').append(bytes == null ? "-" : format0(bytes / 1024.0)).append(" |");
                    if (peer.equals(Summary.COMPONENT)) {
                        component = bytes;
                    } else if (peer.equals(Summary.SDK_SYNC)) {
                        sdk = bytes;
                    }
                }
                md.append(' ').append(ratio(component == null ? null : component.doubleValue(),
                        sdk == null ? null : sdk.doubleValue())).append(" |\n");
            });
        }

        var e = summary.encoding();
        if (e != null) {
            md.append("\n### Client CPU per ").append(e.image()).append(" image before sending (one thread, microseconds)"
                    + "\n\n| base64, Jackson streaming (the component before its JDK encoder) | base64, java.util.Base64 (the component now) | SHA-256 of the body |\n"
                    + "|---|---|---|\n| ").append(format0(e.jacksonBase64Micros())).append(" | ")
                    .append(format0(e.jdkBase64Micros())).append(" | ").append(format0(e.bodySha256Micros()))
                    .append(" |\n");
        }

        var q = summary.quota();
        if (q != null) {
            md.append("\n### Goodput under a quota of ").append(q.quotaPerMinute()).append(" calls/minute\n\n"
                    + "| minutes | concurrency | completed | allowed | goodput | failures | 429 at the route |"
                    + " 429 answered by the emulator | of requests |\n|---|---|---|---|---|---|---|---|---|\n");
            md.append("| ").append(format(q.minutes())).append(" | ").append(q.concurrency()).append(" | ")
                    .append(q.completed()).append(" | ").append(format0(q.allowed())).append(" | ")
                    .append(format(summary.goodputVsQuota())).append(" | ").append(q.failures()).append(" | ")
                    .append(q.throttledAtRoute()).append(" | ").append(q.emulator429()).append(" | ")
                    .append(format(q.throttledShare())).append(" |\n");
        }
        return md.toString();
    }

    /** {@code min–max} of per-iteration figures. */
    private static String range(List<Double> values) {
        if (values.isEmpty()) {
            return "-";
        }
        return format0(values.stream().mapToDouble(Double::doubleValue).min().getAsDouble()) + "–"
                + format0(values.stream().mapToDouble(Double::doubleValue).max().getAsDouble());
    }

    private static String times(Double ratio) {
        return ratio == null || ratio.isNaN() ? "-" : format(ratio) + "x";
    }

    private static String ratio(Double numerator, Double denominator) {
        return numerator == null || denominator == null || denominator == 0 ? "-" : format(numerator / denominator) + "x";
    }

    /** Two decimals; three below 0.1, so that a small ratio does not print as 0.00. */
    private static String format(double value) {
        return String.format(Locale.ROOT, Math.abs(value) < 0.1 && value != 0 ? "%.3f" : "%.2f", value);
    }

    private static String format0(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
