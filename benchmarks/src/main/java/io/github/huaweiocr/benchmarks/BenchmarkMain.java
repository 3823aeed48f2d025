package io.github.huaweiocr.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.huaweiocr.benchmarks.peers.CamelPeer;
import io.github.huaweiocr.benchmarks.peers.Peer;
import io.github.huaweiocr.benchmarks.peers.RawPeer;
import io.github.huaweiocr.benchmarks.peers.SdkPeer;
import io.github.huaweiocr.benchmarks.peers.Target;
import io.github.huaweiocr.benchmarks.report.Results;
import io.github.huaweiocr.benchmarks.report.Results.HeapPerCall;
import io.github.huaweiocr.benchmarks.report.Results.InFlight;
import io.github.huaweiocr.benchmarks.report.Results.Latency;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;
import io.github.huaweiocr.benchmarks.report.Summary;
import io.github.huaweiocr.benchmarks.report.SummaryWriter;

/**
 * Runs every comparison in this JVM against one emulator, prints the tables and writes {@code summary.json} and
 * {@code summary.md}. Run from the repository root:
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests &amp;&amp; java -jar benchmarks/target/benchmarks.jar
 * </pre>
 *
 * System properties: {@code -Dquick} (smoke run), {@code -DquotaMinutes=2}, {@code -Doutput=benchmarks/results}.
 */
public final class BenchmarkMain {

    /** The largest JPEG whose base64 form fits the 10 MB (10 x 1024 x 1024 characters) limit, with 3 KiB to spare. */
    static final int LARGEST_IMAGE = 10 * 1024 * 1024 / 4 * 3 - 3 * 1024;

    private static final PrintStream OUT = System.out;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        long started = System.nanoTime();
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String startedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        BenchmarkImage small = new BenchmarkImage("100 KB", JpegFactory.ofSize(100 * 1024, 1));
        List<BenchmarkImage> heapImages = List.of(small, new BenchmarkImage("2 MB", JpegFactory.ofSize(2 * 1024 * 1024, 2)),
                new BenchmarkImage(String.format(Locale.ROOT, "%.1f MB (largest under the 10 MB base64 limit)",
                        LARGEST_IMAGE / 1024.0 / 1024.0), JpegFactory.ofSize(LARGEST_IMAGE, 3)));

        try (BenchEmulator emulator = new BenchEmulator()) {
            heapImages.forEach(emulator::registerFixture);
            Target target = emulator.target();
            log("emulator at %s; %s mode", target.endpoint(), settings.mode());

            List<Throughput> throughput = new ArrayList<>();
            List<Latency> latency = new ArrayList<>();
            List<HeapPerCall> heap = new ArrayList<>();
            int maxConcurrency = settings.concurrencies().stream().mapToInt(Integer::intValue).max().orElse(1);
            try (RawPeer raw = RawPeer.prebuilt(target);
                 RawPeer rawSigning = RawPeer.signing(target);
                 SdkPeer sdkSync = new SdkPeer(target, SdkPeer.Mode.SYNC);
                 SdkPeer sdkAsync = new SdkPeer(target, SdkPeer.Mode.ASYNC);
                 CamelPeer camel = new CamelPeer(target, maxConcurrency, "")) {
                List<Peer> peers = List.of(camel, sdkSync, sdkAsync, rawSigning, raw);
                ThroughputRun run = new ThroughputRun(settings);
                // every peer once before any measurement: the first cell would otherwise pay for the JIT of the
                // code all peers share (Netty, Jackson) and for the emulator's
                for (Peer peer : peers) {
                    run.warmUp(peer, small);
                }
                for (int concurrency : settings.concurrencies()) {
                    ThroughputRun.Level level = run.run(peers, small, concurrency);
                    throughput.addAll(level.throughput());
                    latency.addAll(level.latency());
                    for (Throughput t : level.throughput()) {
                        log("throughput %-9s c=%-4d %8.0f calls/s %s", t.peer(), concurrency, t.median(),
                                t.iterations().stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
                    }
                }
                HeapRun heapRun = new HeapRun(settings);
                for (BenchmarkImage image : heapImages) {
                    for (Peer peer : List.of(camel, sdkSync, raw)) {
                        HeapRun.Allocation bytes = heapRun.bytesPerCall(peer, image);
                        heap.add(new HeapPerCall(image.label(), image.size(), peer.name(), bytes.client(), bytes.jvm()));
                        log("heap %-9s %,10d B image: %,14d B/call client, %,14d B/call whole JVM", peer.name(),
                                image.size(), bytes.client(), bytes.jvm());
                    }
                }
            }

            List<InFlight> inFlight = new ArrayList<>();
            InFlightRun burst = new InFlightRun(emulator);
            emulator.addLatency(settings.latency());
            try {
                // the raw client holds nothing per call: its burst measures what the emulator itself keeps alive
                inFlight.add(burst.run(() -> RawPeer.prebuilt(target), small, settings.inFlight(),
                        name -> name.startsWith("bench-raw-")));
                log("in flight raw: %s", inFlight.get(inFlight.size() - 1));
                inFlight.add(burst.run(() -> new CamelPeer(target, settings.inFlight(), ""), small, settings.inFlight(),
                        BenchmarkMain::isComponentIoThread));
                log("in flight huaweiocr: %s", inFlight.get(inFlight.size() - 1));
                inFlight.add(burst.run(() -> new SdkPeer(target, SdkPeer.Mode.SYNC), small, settings.inFlight(),
                        name -> name.startsWith("sdk-sync-caller") || name.startsWith("OkHttp")));
                log("in flight sdk-sync: %s", inFlight.get(inFlight.size() - 1));
            } finally {
                emulator.clearFaults();
            }

            Results.Quota quota = new QuotaRun(settings, emulator).run(target, small);
            log("quota: %s", quota);

            Results.EncodingCost encoding = new EncodingCostRun().run(small);
            log("encoding: %s", encoding);

            Summary summary = new Summary(machine(startedAt, loadAtStart), settings.mode(), throughput, latency, heap,
                    inFlight, quota, encoding);
            SummaryWriter.write(summary, settings.output());
            OUT.println();
            OUT.println(SummaryWriter.markdown(summary));
            log("wrote %s/summary.json and summary.md in %d s", settings.output(),
                    (System.nanoTime() - started) / 1_000_000_000L);
        }
    }

    /** The component's HTTP event loops, named after the component. */
    static boolean isComponentIoThread(String name) {
        return name.startsWith("huaweiocr-");
    }

    private static Results.Machine machine(String startedAt, double loadAtStart) {
        Runtime runtime = Runtime.getRuntime();
        return new Results.Machine(runtime.availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                startedAt, runtime.maxMemory() / (1024 * 1024), loadAtStart,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void log(String format, Object... args) {
        OUT.printf(Locale.ROOT, "[bench] " + format + "%n", args);
        OUT.flush();
    }
}
