package io.github.huaweiocr.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.huaweiocr.benchmarks.report.Results.EncodingCost;
import io.github.huaweiocr.benchmarks.report.Results.HeapPerCall;
import io.github.huaweiocr.benchmarks.report.Results.InFlight;
import io.github.huaweiocr.benchmarks.report.Results.Latency;
import io.github.huaweiocr.benchmarks.report.Results.Machine;
import io.github.huaweiocr.benchmarks.report.Results.Quota;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;

class SummaryWriterTest {

    private static final Machine MACHINE = new Machine(2, "OpenJDK 17", "Linux amd64", "2026-11-21T12:00:00Z", 6000,
            1.5, 2.5);

    private static Throughput at64(String peer, double rate) {
        return new Throughput(peer, 64, rate, List.of(rate));
    }

    private static Summary summary(Quota quota) {
        return new Summary(MACHINE, "full",
                List.of(at64("huaweiocr", 900), at64("raw", 1000), at64("raw-signing", 960), at64("sdk-sync", 300),
                        at64("sdk-async", 400)),
                List.of(new Latency("huaweiocr", 1500, 4000, 1000), new Latency("raw", 1000, 2500, 1000)),
                List.of(new HeapPerCall("2 MB", 2_000_000, "huaweiocr", 50_000, 9_000_000),
                        new HeapPerCall("2 MB", 2_000_000, "sdk-sync", 5_000_000, 14_000_000),
                        new HeapPerCall("7.5 MB", 7_800_000, "huaweiocr", 100_000, 30_000_000),
                        new HeapPerCall("7.5 MB", 7_800_000, "sdk-sync", 1_000_000, 31_000_000)),
                List.of(new InFlight("raw", 1000, 1000, 2, 2, Map.of("bench-raw-epoll-#", 2), 30.0, 0),
                        new InFlight("huaweiocr", 1000, 1000, 12, 2, Map.of("huaweiocr-epoll-#", 2), 40.0, 0),
                        new InFlight("sdk-sync", 1000, 1000, 1001, 1001, Map.of("sdk-sync-caller-#", 1000), 180.0, 0)),
                quota, new EncodingCost("100 KB", 540, 30, 190));
    }

    @Test
    void writesTheHeadlineRatiosTheIssueAsksForAndTheMachine(@TempDir Path dir) throws IOException {
        SummaryWriter.write(summary(new Quota(600, 2, 16, 1150, 0, 0, 300)), dir);

        JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("summary.json")));
        assertThat(json.path("throughputVsRawAt64").asDouble()).isEqualTo(0.9);
        // the component's own share of the gap, and the protocol's
        assertThat(json.path("throughputVsRawSigningAt64").asDouble()).isEqualTo(0.938);
        assertThat(json.path("rawSigningVsRawAt64").asDouble()).isEqualTo(0.96);
        // against the better of the SDK's two clients
        assertThat(json.path("throughputVsSdkAt64").asDouble()).isEqualTo(2.25);
        // the largest image decides, not the first one listed
        assertThat(json.path("heapPerCallVsSdk10MB").asDouble()).isEqualTo(0.1);
        assertThat(json.path("threadsAt1000InFlight").asInt()).isEqualTo(12);
        assertThat(json.path("sdkThreadsAt1000InFlight").asInt()).isEqualTo(1001);
        // the raw client holds nothing per call: its figure is what the emulator keeps alive, and the rest the client's
        assertThat(json.path("emulatorHeapMbAt1000InFlight").asDouble()).isEqualTo(30);
        assertThat(json.path("heapMbAt1000InFlight").asDouble()).isEqualTo(10);
        assertThat(json.path("sdkHeapMbAt1000InFlight").asDouble()).isEqualTo(150);
        assertThat(json.path("goodputVsQuota").asDouble()).isEqualTo(0.958);
        assertThat(json.path("failuresUnderQuota").asInt()).isZero();
        assertThat(json.path("latencyP50OverheadMicros").asDouble()).isEqualTo(500);
        assertThat(json.path("encodingCost").path("jacksonBase64Micros").asDouble()).isEqualTo(540);
        assertThat(json.path("machine").path("cores").asInt()).isEqualTo(2);
        assertThat(json.path("machine").path("jdk").asText()).isEqualTo("OpenJDK 17");
        assertThat(json.path("floors")).allSatisfy(floor -> assertThat(floor.path("met").asBoolean()).isTrue());
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("| goodput under quota, 0 failures |")
                .contains("| 64 | 900 | 300 | 400 | 960 | 1000 | 0.90x | 0.94x | 0.96x | 2.25x |")
                .contains("| huaweiocr | 1500 | 4000 | 1000 | 1.50x | 1.60x |");
    }

    @Test
    void throughputRatiosCompareIterationsOfTheSameRound() {
        Summary summary = new Summary(MACHINE, "full",
                List.of(new Throughput("huaweiocr", 64, 200, List.of(100.0, 200.0, 300.0)),
                        new Throughput("raw", 64, 300, List.of(100.0, 400.0, 300.0))),
                List.of(), List.of(), List.of(), null, null);

        // per-round ratios 1.0, 0.5, 1.0: their median, not 200 / 300
        assertThat(summary.throughputVsRawAt64()).isEqualTo(1.0);
    }

    @Test
    void aSingleFailureUnderTheQuotaMissesTheGoodputFloor() {
        Summary summary = summary(new Quota(600, 2, 16, 1200, 1, 1, 300));

        assertThat(summary.floors()).filteredOn(f -> f.name().startsWith("goodput"))
                .singleElement().satisfies(f -> assertThat(f.met()).isFalse());
    }

    @Test
    void figuresThatWereNotMeasuredAreNullNotGuessed() throws IOException {
        Summary empty = new Summary(MACHINE, "quick", List.of(at64("raw", 1000)), List.of(), List.of(), List.of(), null,
                null);

        JsonNode json = new ObjectMapper().readTree(SummaryWriter.json(empty));
        assertThat(json.path("throughputVsRawAt64").isNull()).isTrue();
        assertThat(json.path("goodputVsQuota").isNull()).isTrue();
        assertThat(empty.floors()).allSatisfy(f -> assertThat(f.met()).isNull());
        assertThat(SummaryWriter.markdown(empty)).contains("not measured");
    }
}
