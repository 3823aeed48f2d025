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

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.huaweiocr.benchmarks.report.Results.EncodingCost;
import io.github.huaweiocr.benchmarks.report.Results.HeapPerCall;
import io.github.huaweiocr.benchmarks.report.Results.Latency;
import io.github.huaweiocr.benchmarks.report.Results.Quota;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;

class SummaryWriterTest {

    private static Throughput at64(String peer, double rate) {
        return new Throughput(peer, 64, rate, List.of(rate), List.of(100.0), List.of(120.0));
    }

    private static Summary summary(Quota quota) {
        return new Summary(
                List.of(at64("huaweiocr", 900), at64("raw", 1000), at64("raw-signing", 960), at64("sdk-sync", 300),
                        at64("sdk-async", 400)),
                List.of(new Latency("huaweiocr", 1500, 4000, 1000, List.of(1400.0, 1600.0), List.of(3000.0, 5000.0)),
                        new Latency("raw", 1000, 2500, 1000, List.of(900.0, 1100.0), List.of(2000.0, 2600.0))),
                List.of(new HeapPerCall("2 MB", 2_000_000, "huaweiocr", 50_000, 9_000_000),
                        new HeapPerCall("2 MB", 2_000_000, "sdk-sync", 5_000_000, 14_000_000),
                        new HeapPerCall("7.5 MB", 7_800_000, "huaweiocr", 100_000, 30_000_000),
                        new HeapPerCall("7.5 MB", 7_800_000, "sdk-sync", 1_000_000, 31_000_000)),
                quota, new EncodingCost("100 KB", 540, 30, 190));
    }

    @Test
    void reportsTheHeadlineRatiosAndTheFloorsOfTheSharedCpuRun() {
        RunReport report = SummaryWriter.fill(RunReport.start("shared-cpu", "full"),
                summary(new Quota(600, 2, 16, 1150, 0, 0, 300, 1450)));

        Map<String, Object> entries = report.entries();
        assertThat(entries).containsEntry("throughputVsRawAt64", 0.9)
                // the component's own share of the gap, and the protocol's
                .containsEntry("throughputVsRawSigningAt64", 0.938).containsEntry("rawSigningVsRawAt64", 0.96)
                // against the better of the SDK's two clients
                .containsEntry("throughputVsSdkAt64", 2.25)
                // the largest image decides, not the first one listed
                .containsEntry("heapPerCallVsSdk10MB", 0.1)
                .containsEntry("goodputVsQuota", 0.958).containsEntry("failuresUnderQuota", 0L)
                .containsEntry("latencyP50OverheadMicros", 500.0).containsEntry("latencyP99OverheadMicros", 1500.0)
                // p99 overhead within each round: 3000 - 2000 and 5000 - 2600
                .containsEntry("latencyP99OverheadMinMicros", 1000.0)
                .containsEntry("latencyP99OverheadMaxMicros", 2400.0);
        assertThat(report.floors()).extracting(Floor::entry, Floor::met).containsExactly(
                org.assertj.core.groups.Tuple.tuple("throughputVsRawSigningAt64", false),
                org.assertj.core.groups.Tuple.tuple("heapPerCallVsSdk10MB", true),
                org.assertj.core.groups.Tuple.tuple("goodputVsQuota", true));
        assertThat(report.markdownText())
                .contains("| 64 | 900 | 300 | 400 | 960 | 1000 | 0.90x | 0.94x | 0.96x | 2.25x |")
                .contains("| huaweiocr | 1500 | 4000 | 1000 | 1400–1600 | 3000–5000 | 1.50x | 1.60x |")
                .contains("| 64 | 100 | 100 | 100 | 100 | 100 |");
    }

    @Test
    void throughputRatiosCompareIterationsOfTheSameRound() {
        Summary summary = new Summary(
                List.of(new Throughput("huaweiocr", 64, 200, List.of(100.0, 200.0, 300.0)),
                        new Throughput("raw", 64, 300, List.of(100.0, 400.0, 300.0))),
                List.of(), List.of(), null, null);

        // per-round ratios 1.0, 0.5, 1.0: their median, not 200 / 300
        assertThat(summary.throughputVsRawAt64()).isEqualTo(1.0);
    }

    @Test
    void theRawSigningFloorTakesTheMedianOfThisJvmAndTheForks() {
        Summary base = summary(new Quota(600, 2, 16, 1150, 0, 0, 300, 1450));
        Summary summary = new Summary(base.throughput(), base.latency(), base.heap(), base.quota(), base.encoding(),
                List.of(0.97, 0.99));

        // this JVM 0.9375, the forks 0.97 and 0.99: the median is a fork's, and the one slow JVM does not decide
        assertThat(summary.throughputVsRawSigningAt64()).isEqualTo(0.97);
        RunReport report = SummaryWriter.fill(RunReport.start("shared-cpu", "full"), summary);
        assertThat(report.entries()).containsEntry("throughputVsRawSigningAt64", 0.97)
                .containsEntry("throughputVsRawSigningAt64PerJvm", List.of(0.938, 0.97, 0.99));
        assertThat(report.floors()).filteredOn(f -> f.entry().equals("throughputVsRawSigningAt64")).singleElement()
                .satisfies(f -> assertThat(f.met()).isTrue());
        assertThat(report.markdownText()).contains("measured the same way in 3 JVMs")
                .contains("0.94x, 0.97x, 0.99x; `throughputVsRawSigningAt64` is their median, 0.97x.");
    }

    @Test
    void aSingleFailureUnderTheQuotaMissesTheGoodputFloor() {
        Summary summary = summary(new Quota(600, 2, 16, 1200, 1, 1, 300, 1500));

        assertThat(summary.floors()).filteredOn(f -> f.entry().equals("goodputVsQuota"))
                .singleElement().satisfies(f -> assertThat(f.met()).isFalse());
    }

    @Test
    void figuresThatWereNotMeasuredAreNullNotGuessed() {
        Summary empty = new Summary(List.of(at64("raw", 1000)), List.of(), List.of(), null, null);

        assertThat(empty.headline().get("throughputVsRawAt64")).isNull();
        assertThat(empty.headline().get("goodputVsQuota")).isNull();
        assertThat(empty.headline().get("latencyP99OverheadMaxMicros")).isNull();
        assertThat(empty.floors()).allSatisfy(f -> assertThat(f.met()).isNull());
    }

    @Test
    void latencyPercentilesPoolEveryIterationAndKeepEachIterationsOwn() {
        long[] quiet = new long[100];
        long[] paused = new long[100];
        for (int i = 0; i < 100; i++) {
            quiet[i] = 1_000_000;
            paused[i] = i < 97 ? 1_000_000 : 50_000_000;
        }

        Latency latency = Latency.of("huaweiocr", List.of(quiet, paused));

        assertThat(latency.samples()).isEqualTo(200);
        // 3 slow samples of 200 are more than 1 %: they decide the pooled p99 and the paused iteration's, not the quiet one's
        assertThat(latency.p99Micros()).isEqualTo(50_000);
        assertThat(latency.iterationP99Micros()).containsExactly(1000.0, 50_000.0);
        assertThat(latency.iterationP50Micros()).containsExactly(1000.0, 1000.0);
    }
}
