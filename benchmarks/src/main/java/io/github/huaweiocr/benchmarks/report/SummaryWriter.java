package io.github.huaweiocr.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.benchmarks.report.Results.HeapPerCall;
import io.github.huaweiocr.benchmarks.report.Results.InFlight;
import io.github.huaweiocr.benchmarks.report.Results.Latency;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;
import io.github.huaweiocr.benchmarks.report.Summary.Floor;

/** Writes a {@link Summary} as {@code summary.json} (headline first, then the details) and as Markdown tables. */
public final class SummaryWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> PEERS = List.of(Summary.COMPONENT, Summary.SDK_SYNC, Summary.SDK_ASYNC,
            Summary.RAW_SIGNING, Summary.RAW);

    private SummaryWriter() {
    }

    /** Writes {@code summary.json} and {@code summary.md} into the directory, creating it if needed. */
    public static void write(Summary summary, Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("summary.json"), json(summary), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("summary.md"), markdown(summary), StandardCharsets.UTF_8);
    }

    public static String json(Summary summary) {
        ObjectNode root = JSON.createObjectNode();
        summary.headline().forEach((key, value) -> root.set(key, JSON.valueToTree(value)));
        root.set("machine", JSON.valueToTree(summary.machine()));
        root.put("mode", summary.mode());
        root.set("floors", JSON.valueToTree(summary.floors()));
        root.set("throughput", JSON.valueToTree(summary.throughput()));
        root.set("latency", JSON.valueToTree(summary.latency()));
        root.set("heapPerCall", JSON.valueToTree(summary.heap()));
        root.set("inFlight", JSON.valueToTree(summary.inFlight()));
        root.set("encodingCost", JSON.valueToTree(summary.encoding()));
        if (summary.quota() != null) {
            ObjectNode quota = JSON.valueToTree(summary.quota());
            quota.put("allowed", summary.quota().allowed());
            root.set("quota", quota);
        } else {
            root.putNull("quota");
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a summary is always serialisable", e);
        }
    }

    public static String markdown(Summary summary) {
        StringBuilder md = new StringBuilder();
        var m = summary.machine();
        md.append("Run of ").append(m.date()).append(" (").append(summary.mode()).append(" mode): ").append(m.cores())
                .append(" cores, ").append(m.jdk()).append(", ").append(m.os()).append(", max heap ")
                .append(m.maxHeapMb()).append(" MB; load average ").append(format(m.loadAverageAtStart()))
                .append(" at the start, ").append(format(m.loadAverageAtEnd())).append(" at the end.\n\n");

        md.append("### Floors\n\n| floor | target | measured | verdict |\n|---|---|---|---|\n");
        for (Floor floor : summary.floors()) {
            md.append("| ").append(floor.name()).append(" | ").append(floor.target()).append(" | ")
                    .append(floor.measured() == null ? "not measured" : format(floor.measured())).append(" | ")
                    .append(floor.met() == null ? "-" : floor.met() ? "met" : "missed").append(" |\n");
        }

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

        if (!summary.latency().isEmpty()) {
            md.append("\n### Latency at concurrency 1, 100 KB JPEG (microseconds)\n\n"
                    + "| peer | p50 | p99 | samples | p50 / raw | p99 / raw |\n|---|---|---|---|---|---|\n");
            Latency raw = summary.latencyOf(Summary.RAW).orElse(null);
            for (Latency l : summary.latency()) {
                md.append("| ").append(l.peer()).append(" | ").append(format0(l.p50Micros())).append(" | ")
                        .append(format0(l.p99Micros())).append(" | ").append(l.samples()).append(" | ")
                        .append(ratio(l.p50Micros(), raw == null ? null : raw.p50Micros())).append(" | ")
                        .append(ratio(l.p99Micros(), raw == null ? null : raw.p99Micros())).append(" |\n");
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

        if (!summary.inFlight().isEmpty()) {
            md.append("\n### 1,000 calls in flight against 1 s of emulated latency\n\n"
                    + "| peer | bodies at the server | threads added | of which I/O | live heap added, whole JVM (MB) |"
                    + " client's share, minus raw (MB) | failures | thread groups added |\n"
                    + "|---|---|---|---|---|---|---|---|\n");
            for (InFlight i : summary.inFlight()) {
                Double client = summary.clientHeapAt1000(i.peer());
                md.append("| ").append(i.peer()).append(" | ").append(i.reachedServer()).append(" / ").append(i.calls())
                        .append(" | ").append(i.threadsAdded()).append(" | ").append(i.ioThreads()).append(" | ")
                        .append(format(i.heapMb())).append(" | ")
                        .append(client == null || i.peer().equals(Summary.RAW) ? "-" : format(client)).append(" | ")
                        .append(i.failures()).append(" | ")
                        .append(i.addedThreadGroups().entrySet().stream().map(e -> "`" + e.getKey() + "` x" + e.getValue())
                                .collect(Collectors.joining(", ")))
                        .append(" |\n");
            }
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
                    + " 429 answered by the emulator |\n|---|---|---|---|---|---|---|---|\n");
            md.append("| ").append(format(q.minutes())).append(" | ").append(q.concurrency()).append(" | ")
                    .append(q.completed()).append(" | ").append(format0(q.allowed())).append(" | ")
                    .append(format(summary.goodputVsQuota())).append(" | ").append(q.failures()).append(" | ")
                    .append(q.throttledAtRoute()).append(" | ").append(q.emulator429()).append(" |\n");
        }
        return md.toString();
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
