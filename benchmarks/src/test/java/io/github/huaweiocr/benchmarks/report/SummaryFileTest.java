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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunReport quotaRun(double goodput) {
        return RunReport.start("quota", "full").entry("goodputVsQuota1Node", goodput)
                .floor(Floor.atLeast("goodputVsQuota1Node", "goodput, 1 node", 0.95, goodput))
                .detail("completed", 1190).markdown("### Goodput\n\n| nodes | goodput |\n|---|---|\n| 1 | " + goodput
                        + " |\n").finish();
    }

    private static RunReport clientRun(double ratio) {
        return RunReport.start("client-bound", "quick").entry("throughputVsSdkClientBoundAt64", ratio)
                .floor(Floor.atLeast("throughputVsSdkClientBoundAt64", "vs SDK", 3, ratio)).finish();
    }

    private static JsonNode read(Path dir) throws IOException {
        return JSON.readTree(dir.resolve("summary.json").toFile());
    }

    @Test
    void aRunReplacesOnlyItsOwnEntriesAndKeepsEveryOtherRuns(@TempDir Path dir) throws IOException {
        SummaryFile.merge(dir, quotaRun(0.97));
        SummaryFile.merge(dir, clientRun(2.5));
        SummaryFile.merge(dir, clientRun(3.2));

        JsonNode json = read(dir);
        assertThat(json.path("goodputVsQuota1Node").asDouble()).isEqualTo(0.97);
        assertThat(json.path("throughputVsSdkClientBoundAt64").asDouble()).isEqualTo(3.2);
        assertThat(json.path("runs").path("quota").path("details").path("completed").asInt()).isEqualTo(1190);
        assertThat(json.path("floors")).hasSize(2);
        assertThat(json.path("floors").findValuesAsText("run")).containsExactly("client-bound", "quota");
        assertThat(json.path("floors").get(0).path("met").asBoolean()).isTrue();
    }

    @Test
    void everyRunRecordsTheLoadAveragesBeforeAndAfterIt(@TempDir Path dir) throws IOException {
        SummaryFile.merge(dir, quotaRun(0.97));

        JsonNode run = read(dir).path("runs").path("quota");
        assertThat(run.path("loadAverageBefore").path("oneMinute").isNumber()).isTrue();
        assertThat(run.path("loadAverageAfter").path("oneMinute").isNumber()).isTrue();
        assertThat(run.path("machine").path("cores").asInt()).isPositive();
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("## Run `quota`").contains("before,")
                .contains("| `goodputVsQuota1Node` | goodput, 1 node | quota | >= 0.95 | 0.970 | met |")
                .contains("| 1 | 0.97 |");
    }

    @Test
    void aListEntryIsPrintedWithItsValues(@TempDir Path dir) throws IOException {
        SummaryFile.merge(dir, RunReport.start("shared-cpu", "quick").entry("perJvm", List.of(1.015, 0.929))
                .finish());

        assertThat(Files.readString(dir.resolve("summary.md"))).contains("`perJvm` [1.015, 0.929]");
    }

    @Test
    void anEntryKeyClaimedByTwoRunsIsRefused(@TempDir Path dir) throws IOException {
        SummaryFile.merge(dir, quotaRun(0.97));
        RunReport clash = RunReport.start("replicas", "full").entry("goodputVsQuota1Node", 0.5).finish();

        assertThatThrownBy(() -> SummaryFile.merge(dir, clash)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("goodputVsQuota1Node").hasMessageContaining("quota")
                .hasMessageContaining("replicas");
    }

    @Test
    void theDerivedPartsAreRebuiltFromTheRunsAlone(@TempDir Path dir) throws IOException {
        SummaryFile.merge(dir, quotaRun(0.97));
        SummaryFile.merge(dir, clientRun(3.2));
        String markdown = Files.readString(dir.resolve("summary.md"));
        // what a resolved merge conflict leaves: the runs, and stale or missing derived parts
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) read(dir);
        json.remove("goodputVsQuota1Node");
        json.remove("floors");
        Files.writeString(dir.resolve("summary.json"), JSON.writeValueAsString(json));
        Files.delete(dir.resolve("summary.md"));

        SummaryFile.main(new String[] {dir.toString()});

        assertThat(read(dir).path("goodputVsQuota1Node").asDouble()).isEqualTo(0.97);
        assertThat(read(dir).path("floors")).hasSize(2);
        assertThat(Files.readString(dir.resolve("summary.md"))).isEqualTo(markdown);
    }

    @Test
    void aReportMustBeFinishedBeforeItIsMerged(@TempDir Path dir) {
        assertThatThrownBy(() -> SummaryFile.merge(dir, RunReport.start("quota", "full")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
