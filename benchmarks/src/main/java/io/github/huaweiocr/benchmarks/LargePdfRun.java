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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.benchmarks.peers.Target;
import io.github.huaweiocr.benchmarks.report.Floor;
import io.github.huaweiocr.benchmarks.report.RunReport;
import io.github.huaweiocr.benchmarks.report.SummaryFile;

/**
 * Heap use of large scanned PDFs (run {@value #NAME}): documents of 10, 100 and 500 pages, each page a scanned-like
 * JPEG ({@link ScannedPdf}), sent as a {@code File} body through {@code huaweiocr:generalText} with the default
 * options, whole (one message, a result entry per page) and split one exchange per page. Each document and mode runs
 * in a client JVM of its own with a {@value #CLIENT_HEAP} heap ({@link LargePdfClientMain}), against the emulator
 * (synthetic engine) in this JVM; the 500-page document whole runs again in smaller heaps ({@link #TIGHT_HEAPS}),
 * since a collector uses the room it is given: the peak in a 256 MB heap says little about what the document needs. The headline {@code heapMbPdf500Pages} is the peak heap in use in the client JVM
 * during the 500-page document, whole, every page recognised; its floor is 256 MB.
 *
 * <p>Run from the repository root after {@code mvn -B -pl benchmarks -am package -DskipTests}:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.huaweiocr.benchmarks.LargePdfRun [benchmarks/results]}.
 */
public final class LargePdfRun {

    static final String NAME = "large-pdf";
    static final String CLIENT_HEAP = "256m";
    /** Smaller heaps the 500-page document runs in once more, whole: a run that fails there is reported as such. */
    static final List<String> TIGHT_HEAPS = List.of("128m", "64m");
    private static final List<Integer> PAGES = List.of(10, 100, 500);
    private static final double FLOOR_MB = 256;
    private static final PrintStream OUT = System.out;
    private static final ObjectMapper JSON = new ObjectMapper();

    private LargePdfRun() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        RunReport report = RunReport.start(NAME, "full");
        Path dir = Files.createTempDirectory("large-pdf");
        List<JsonNode> runs = new ArrayList<>();
        try (BenchEmulator emulator = new BenchEmulator()) {
            Target target = emulator.target();
            Path warmup = dir.resolve("warmup.pdf");
            ScannedPdf.write(warmup, 3);
            for (int pages : PAGES) {
                Path pdf = dir.resolve(pages + "-pages.pdf");
                long bytes = ScannedPdf.write(pdf, pages);
                OUT.printf(Locale.ROOT, "[large-pdf] %d pages: %.1f MB%n", pages, bytes / 1024.0 / 1024.0);
                runs.add(client(target, warmup, pdf, pages, "whole", CLIENT_HEAP, dir));
                runs.add(client(target, warmup, pdf, pages, "split", CLIENT_HEAP, dir));
                if (pages == 500) {
                    for (String heap : TIGHT_HEAPS) {
                        runs.add(client(target, warmup, pdf, pages, "whole", heap, dir));
                    }
                }
                Files.delete(pdf);
            }
        } finally {
            deleteAll(dir);
        }
        Double heap500 = peak(runs, 500, "whole", CLIENT_HEAP);
        report.entry("heapMbPdf10Pages", peak(runs, 10, "whole", CLIENT_HEAP))
                .entry("heapMbPdf100Pages", peak(runs, 100, "whole", CLIENT_HEAP))
                .entry("heapMbPdf500Pages", heap500)
                .entry("heapMbPdf500PagesSplit", peak(runs, 500, "split", CLIENT_HEAP))
                .entry("heapMbPdf500PagesIn128MbHeap", peak(runs, 500, "whole", "128m"))
                .entry("heapMbPdf500PagesIn64MbHeap", peak(runs, 500, "whole", "64m"))
                .floor(Floor.atMost("heapMbPdf500Pages", "peak heap, 500-page scanned PDF in one message, default"
                        + " options (client JVM -Xmx" + CLIENT_HEAP + ", every page recognised in order)", FLOOR_MB,
                        heap500))
                .detail("documents", runs)
                .markdown(markdown(runs));
        SummaryFile.merge(output, report.finish());
        OUT.println(report.markdownText());
    }

    /** The peak heap of a run that recognised every page in order, or null when it did not. */
    private static Double peak(List<JsonNode> runs, int pages, String mode, String heap) {
        return runs.stream().filter(r -> r.path("pages").asInt() == pages && mode.equals(r.path("mode").asText())
                        && heap.equals(r.path("heap").asText()) && !r.path("failed").asBoolean()
                        && r.path("failures").asLong(-1) == 0 && r.path("results").asLong() == pages)
                .map(r -> r.path("peakHeapMb").asDouble()).findFirst().orElse(null);
    }

    private static JsonNode client(Target target, Path warmup, Path pdf, int pages, String mode, String heap, Path dir)
            throws Exception {
        Path result = dir.resolve(pages + "-" + mode + "-" + heap + ".json");
        int exit;
        // A heap too small for the document ends the client JVM (exit 3), reported as a failed run, instead of
        // leaving a page's call without an answer until the run's time-out.
        try (ForkedJvm jvm = ForkedJvm.start(1, heap, List.of("-XX:+ExitOnOutOfMemoryError"),
                LargePdfClientMain.class.getName(),
                List.of(target.endpoint().toString(), target.projectId(), target.accessKey(), target.secretKey(),
                        warmup.toString(), pdf.toString(), String.valueOf(pages), mode, result.toString()),
                OUT::println)) {
            exit = jvm.await(30, TimeUnit.MINUTES);
        }
        if (exit != 0 || !Files.exists(result)) {
            OUT.printf("[large-pdf] %d pages %s -Xmx%s: the client JVM failed (exit %d)%n", pages, mode, heap, exit);
            return JSON.valueToTree(Map.of("pages", pages, "mode", mode, "heap", heap, "failed", true, "exit", exit));
        }
        ObjectNode figures = (ObjectNode) JSON.readTree(result.toFile());
        figures.put("heap", heap);
        Files.delete(result);
        return figures;
    }

    private static String markdown(List<JsonNode> runs) {
        StringBuilder md = new StringBuilder("### Large scanned PDFs\n\n"
                + "A scanned-like greyscale JPEG per A4 page (1240 x 1754 px), a `File` body through"
                + " `huaweiocr:generalText` with the default options, one client JVM per document and mode, against the"
                + " emulator (synthetic engine) in another JVM. Peak heap: the most heap in use (just before any"
                + " collection, or at the end); pool peaks: the sum of the heap pools' own peaks (an upper bound);"
                + " peak after GC: the most heap in use right after a young or full collection (old-generation"
                + " garbage a young collection leaves counts); live with result: after forced full collections at the"
                + " end, the result still held. A failed run ran out of heap (exit 3) or lost a page.\n\n"
                + "| pages | PDF MB | mode | -Xmx | results | failures | peak heap MB | pool peaks MB | peak after GC MB"
                + " | live with result MB | allocated MB | seconds |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (JsonNode r : runs) {
            md.append("| ").append(r.path("pages").asInt()).append(" | ");
            if (r.path("failed").asBoolean()) {
                md.append("| ").append(r.path("mode").asText()).append(" | ").append(r.path("heap").asText())
                        .append(" | failed (exit ").append(r.path("exit").asInt()).append(") | | | | | | | |\n");
                continue;
            }
            md.append(r.path("pdfMb").asDouble()).append(" | ").append(r.path("mode").asText()).append(" | ")
                    .append(r.path("heap").asText()).append(" | ").append(r.path("results").asLong()).append(" | ")
                    .append(r.path("failures").asLong()).append(" | ").append(r.path("peakHeapMb").asDouble())
                    .append(" | ").append(r.path("poolPeakSumMb").asDouble()).append(" | ")
                    .append(r.path("peakAfterGcMb").asDouble()).append(" | ")
                    .append(r.path("liveHeapWithResultMb").asDouble()).append(" | ")
                    .append(r.path("allocatedMb").asDouble()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", r.path("millis").asLong() / 1000.0)).append(" |\n");
        }
        return md.append('\n').toString();
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }
}
