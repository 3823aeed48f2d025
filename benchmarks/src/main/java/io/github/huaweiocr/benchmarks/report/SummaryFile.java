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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code summary.json} and {@code summary.md}, shared by every benchmark run. Each run lives under
 * {@code runs.<name>} of {@code summary.json}, self-contained (conditions, entries, floors, details, Markdown); a run
 * that is merged replaces its own object and keeps every other run's. The rest is derived from the runs, in the order
 * of their names: the flat headline entries at the top of {@code summary.json} (an entry key belongs to one run only),
 * the list of floors, and the whole of {@code summary.md}.
 *
 * <p>After a conflict in {@code summary.json} (two branches that each merged a run), keep both runs' objects under
 * {@code runs} and derive the rest again:
 * {@code java -cp "benchmarks/target/benchmarks.jar" io.github.huaweiocr.benchmarks.report.SummaryFile benchmarks/results}.
 */
public final class SummaryFile {

    static final String JSON_FILE = "summary.json";
    static final String MARKDOWN_FILE = "summary.md";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryFile() {
    }

    /** Derives {@code summary.json} and {@code summary.md} again from the runs in {@code summary.json}. */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        write(directory, runs(directory));
        System.out.println("derived " + directory.resolve(JSON_FILE) + " and " + MARKDOWN_FILE + " from their runs");
    }

    /**
     * Puts the finished run into the directory's summary, replacing an earlier report of the same run and keeping the
     * others, and writes both files.
     */
    public static void merge(Path directory, RunReport report) throws IOException {
        if (report.loadAfter() == null) {
            throw new IllegalArgumentException("finish() the report of run " + report.name() + " before merging it");
        }
        Map<String, ObjectNode> runs = runs(directory);
        runs.put(report.name(), toJson(report));
        write(directory, runs);
    }

    /** The runs recorded in the directory's {@code summary.json}, by name; none when there is no such file. */
    static Map<String, ObjectNode> runs(Path directory) throws IOException {
        Map<String, ObjectNode> runs = new TreeMap<>();
        Path file = directory.resolve(JSON_FILE);
        if (Files.exists(file)) {
            JsonNode recorded = JSON.readTree(file.toFile()).path("runs");
            for (Iterator<Map.Entry<String, JsonNode>> it = recorded.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> run = it.next();
                runs.put(run.getKey(), (ObjectNode) run.getValue());
            }
        }
        return runs;
    }

    static ObjectNode toJson(RunReport report) {
        ObjectNode run = JSON.createObjectNode();
        run.put("date", report.started().toString());
        run.put("mode", report.mode());
        run.put("durationSeconds", report.duration().toSeconds());
        run.set("machine", JSON.valueToTree(report.machine()));
        run.set("loadAverageBefore", JSON.valueToTree(report.loadBefore()));
        run.set("loadAverageAfter", JSON.valueToTree(report.loadAfter()));
        run.set("entries", JSON.valueToTree(report.entries()));
        run.set("floors", JSON.valueToTree(report.floors()));
        run.set("details", JSON.valueToTree(report.details()));
        run.put("markdown", report.markdownText());
        return run;
    }

    static void write(Path directory, Map<String, ObjectNode> runs) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        Map<String, String> owner = new TreeMap<>();
        ArrayNode floors = JSON.createArrayNode();
        runs.forEach((name, run) -> {
            for (Iterator<Map.Entry<String, JsonNode>> it = run.path("entries").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String earlier = owner.putIfAbsent(entry.getKey(), name);
                if (earlier != null) {
                    throw new IllegalStateException("entry " + entry.getKey() + " is reported by both run " + earlier
                            + " and run " + name + ": give one of them another key");
                }
                root.set(entry.getKey(), entry.getValue());
            }
            run.path("floors").forEach(floor -> floors.add(((ObjectNode) floor.deepCopy()).put("run", name)));
        });
        root.set("floors", floors);
        ObjectNode runsNode = root.putObject("runs");
        runs.forEach(runsNode::set);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(JSON_FILE), JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(MARKDOWN_FILE), markdown(runs), StandardCharsets.UTF_8);
    }

    static String markdown(Map<String, ObjectNode> runs) {
        StringBuilder md = new StringBuilder("# Benchmark summary\n\n"
                + "Written by the `benchmarks/` module (see docs/performance.md). Each run below records when it ran, on"
                + " what, and the machine's load averages (1 / 5 / 15 minutes, as `uptime` prints them) before and after"
                + " it: a loaded machine gives noisier figures.\n\n## Floors\n\n"
                + "| entry | floor | run | target | measured | verdict |\n|---|---|---|---|---|---|\n");
        runs.forEach((name, run) -> run.path("floors").forEach(floor -> md.append("| `")
                .append(floor.path("entry").asText()).append("` | ").append(floor.path("description").asText())
                .append(" | ").append(name).append(" | ").append(floor.path("target").asText()).append(" | ")
                .append(floor.path("measured").isNumber() ? format(floor.path("measured").asDouble()) : "not measured")
                .append(" | ").append(verdict(floor.path("met"))).append(" |\n")));
        runs.forEach((name, run) -> {
            JsonNode machine = run.path("machine");
            md.append("\n## Run `").append(name).append("`\n\n").append(run.path("date").asText()).append(", ")
                    .append(run.path("mode").asText()).append(" mode, ").append(run.path("durationSeconds").asLong())
                    .append(" s: ").append(machine.path("cores").asInt()).append(" cores, ")
                    .append(machine.path("jdk").asText()).append(", ").append(machine.path("os").asText())
                    .append(", max heap ").append(machine.path("maxHeapMb").asLong()).append(" MB. Load average ")
                    .append(load(run.path("loadAverageBefore"))).append(" before, ")
                    .append(load(run.path("loadAverageAfter"))).append(" after.\n\n");
            List<String> entries = new ArrayList<>();
            run.path("entries").fields().forEachRemaining(e -> entries.add("`" + e.getKey() + "` " + value(e.getValue())));
            if (!entries.isEmpty()) {
                md.append("Entries: ").append(String.join(", ", entries)).append(".\n\n");
            }
            md.append(run.path("markdown").asText());
        });
        return md.toString();
    }

    /** A number as the tables print it, a list as its values between brackets, anything else as its text. */
    private static String value(JsonNode value) {
        if (value.isArray()) {
            List<String> values = new ArrayList<>();
            value.forEach(v -> values.add(value(v)));
            return "[" + String.join(", ", values) + "]";
        }
        return value.isNumber() ? format(value.asDouble()) : value.asText();
    }

    private static String verdict(JsonNode met) {
        return met.isBoolean() ? (met.asBoolean() ? "met" : "missed") : "-";
    }

    private static String load(JsonNode load) {
        if (!load.path("fiveMinutes").isNumber()) {
            return format(load.path("oneMinute").asDouble()) + " (1 min)";
        }
        return format(load.path("oneMinute").asDouble()) + " / " + format(load.path("fiveMinutes").asDouble()) + " / "
                + format(load.path("fifteenMinutes").asDouble());
    }

    /** Integers as such, otherwise up to three decimals. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) < 10 ? "%.3f" : "%.1f", value);
    }
}
