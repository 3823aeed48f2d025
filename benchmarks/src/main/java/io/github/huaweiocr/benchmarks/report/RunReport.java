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

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one benchmark run adds to the shared summary: its headline entries (flat keys such as
 * {@code throughputVsRawSigningAt64}), the floors they are held to, details (iterations, tables) and a Markdown
 * section, with the conditions it ran under: when, how long, on which machine, and the load averages before and
 * after. Several runs (the client comparisons, the quota, replica and PDF scenarios) each write their own report into
 * one {@code summary.json} through {@link SummaryFile#merge}; a run replaces only its own.
 *
 * <pre>
 * RunReport report = RunReport.start("quota", "full");
 * ... measure ...
 * report.entry("goodputVsQuota1Node", 0.99).floor(Floor.atLeast("goodputVsQuota1Node", "goodput, 1 node", 0.95, 0.99))
 *         .detail("iterations", list).markdown("### Goodput ...\n\n| ... |\n");
 * SummaryFile.merge(Path.of("benchmarks/results"), report.finish());
 * </pre>
 */
public final class RunReport {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String name;
    private final String mode;
    private final Instant started;
    private final LoadAverage loadBefore;
    private final Results.Machine machine = Results.Machine.current();
    private final Map<String, Object> entries = new LinkedHashMap<>();
    private final List<Floor> floors = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final StringBuilder markdown = new StringBuilder();
    private LoadAverage loadAfter;
    private Duration duration;

    private RunReport(String name, String mode, Instant started, LoadAverage loadBefore) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a run name is lower-case letters, digits and dashes: " + name);
        }
        this.name = name;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.started = started;
        this.loadBefore = loadBefore;
    }

    /** Starts the report of a run now: records the time and the machine's load averages. */
    public static RunReport start(String name, String mode) {
        return new RunReport(name, mode, Instant.now().truncatedTo(ChronoUnit.SECONDS), LoadAverage.now());
    }

    /** A headline entry; its key must not be used by any other run. A null value means "not measured". */
    public RunReport entry(String key, Object value) {
        entries.put(Objects.requireNonNull(key, "key"), value);
        return this;
    }

    /** A floor; its entry should be one of this run's entries. */
    public RunReport floor(Floor floor) {
        floors.add(floor);
        return this;
    }

    /** Detailed figures (iterations, per-peer tables), serialised with Jackson under this run. */
    public RunReport detail(String key, Object value) {
        details.put(key, value);
        return this;
    }

    /** Appends Markdown to the run's section of {@code summary.md} (tables, headed with {@code ###}). */
    public RunReport markdown(String text) {
        markdown.append(text);
        return this;
    }

    /** Ends the run: records the load averages after it and how long it took. */
    public RunReport finish() {
        if (loadAfter == null) {
            loadAfter = LoadAverage.now();
            duration = Duration.between(started, Instant.now());
        }
        return this;
    }

    public String name() {
        return name;
    }

    public String mode() {
        return mode;
    }

    public Instant started() {
        return started;
    }

    /** The JVM that ran (or orchestrated) the run. */
    public Results.Machine machine() {
        return machine;
    }

    public LoadAverage loadBefore() {
        return loadBefore;
    }

    /** Null until {@link #finish()}. */
    public LoadAverage loadAfter() {
        return loadAfter;
    }

    /** Null until {@link #finish()}. */
    public Duration duration() {
        return duration;
    }

    public Map<String, Object> entries() {
        return entries;
    }

    public List<Floor> floors() {
        return floors;
    }

    public Map<String, Object> details() {
        return details;
    }

    public String markdownText() {
        return markdown.toString();
    }
}
