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

import io.github.huaweiocr.benchmarks.report.Results.InFlight;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;

class ClientBoundSummaryTest {

    private static Throughput cell(String peer, int concurrency, double rate, double threadCpu, double processCpu) {
        return new Throughput(peer, concurrency, rate, List.of(rate, rate), List.of(threadCpu, threadCpu),
                List.of(processCpu, processCpu));
    }

    private static ClientBoundSummary summary() {
        return new ClientBoundSummary(List.of(
                cell("huaweiocr", 64, 3000, 250, 300),
                cell("sdk-processor", 64, 900, 1100, 1500),
                cell("sdk-sync", 64, 1000, 1000, 1400),
                cell("sdk-async", 64, 800, 900, 1300),
                cell("raw-signing", 64, 3300, 230, 260),
                cell("raw", 64, 4000, 100, 120),
                cell("huaweiocr", 1000, 2800, 260, 320),
                cell("sdk-processor", 1000, 500, 1600, 2400)),
                List.of(new InFlight("huaweiocr", 1000, 1000, 2, 2, Map.of("huaweiocr-epoll-#", 2), 6.5, 0.1, 0.2, 0),
                        new InFlight("sdk-processor", 1000, 1000, 1003, 1003, Map.of("Camel Thread # - Threads", 1000),
                                220, 0.4, 0, 0)),
                2);
    }

    @Test
    void comparesTheComponentsCpuWithTheLighterSdkClientAndWithRawSigning() {
        Map<String, Object> entries = summary().headline();

        // 250 us against the async client's 900, the lighter of the two
        assertThat(entries).containsEntry("clientCpuVsSdk", 0.278).containsEntry("clientCpuVsRawSigning", 1.087)
                .containsEntry("clientProcessCpuVsSdk", 0.231).containsEntry("sdkCpuMicrosPerCall", 900.0)
                // throughput against the better SDK client, the sync one
                .containsEntry("throughputVsSdkClientBoundAt64", 3.0)
                .containsEntry("routeThroughputVsSdkProcessorAt64", 3.333)
                .containsEntry("routeThroughputVsSdkProcessorAt1000", 5.6)
                .containsEntry("threadsAt1000InFlight", 2).containsEntry("heapMbAt1000InFlight", 6.5)
                .containsEntry("directMbAt1000InFlight", 0.2)
                .containsEntry("sdkProcessorThreadsAt1000InFlight", 1003)
                .containsEntry("sdkProcessorHeapMbAt1000InFlight", 220.0);
        // not measured: no burst of 64 in these figures
        assertThat(entries.get("threadsAt64InFlight")).isNull();
    }

    @Test
    void holdsTheClientBoundFloors() {
        assertThat(summary().floors()).extracting(Floor::entry, Floor::met).containsExactly(
                org.assertj.core.groups.Tuple.tuple("throughputVsSdkClientBoundAt64", true),
                org.assertj.core.groups.Tuple.tuple("clientCpuVsSdk", true),
                org.assertj.core.groups.Tuple.tuple("clientCpuVsRawSigning", true),
                org.assertj.core.groups.Tuple.tuple("routeThroughputVsSdkProcessorAt64", true),
                org.assertj.core.groups.Tuple.tuple("ioThreadsAt1000InFlight", true));
    }

    @Test
    void aBurstThatDidNotReachTheServerMissesTheThreadFloor() {
        ClientBoundSummary partial = new ClientBoundSummary(List.of(), List.of(
                new InFlight("huaweiocr", 1000, 640, 2, 2, Map.of(), 4, 0, 0, 0)), 2);

        assertThat(partial.floors()).filteredOn(f -> f.entry().equals("ioThreadsAt1000InFlight")).singleElement()
                .satisfies(f -> assertThat(f.met()).isFalse());
        assertThat(partial.floors()).filteredOn(f -> !f.entry().equals("ioThreadsAt1000InFlight"))
                .allSatisfy(f -> assertThat(f.met()).isNull());
    }
}
