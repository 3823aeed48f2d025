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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.huaweiocr.benchmarks.peers.Target;
import io.github.huaweiocr.benchmarks.report.Floor;
import io.github.huaweiocr.benchmarks.report.Results.SharedQuota;
import io.github.huaweiocr.benchmarks.report.RunReport;
import io.github.huaweiocr.emulator.junit.LocalPostgres;

/**
 * Replicas told the account's per-minute quota, with the component's default retry settings, offered more than the
 * quota allows: one replica in this JVM, then three replicas in three JVMs sharing the quota through a
 * {@code PostgresQuotaStore} on a real PostgreSQL server, all against the one emulator. Reports the calls completed
 * in the measured time against what the quota allows, and the share of requests the emulator answered 429.
 * {@code -Druns=shared-quota} runs it alone; {@code -Dquick} (or {@code -DquotaMinutes=1}) offers load for one minute
 * per part.
 *
 * <p>Run {@code untold-replicas} ({@link #runUntold()}): three replica JVMs told nothing (no quota, no store), each
 * learning the quota from Huawei's 429s on its own. No floor: it shows what an operator who configures nothing gets.
 */
final class SharedQuotaRun {

    static final String NAME = "shared-quota";
    static final String UNTOLD_NAME = "untold-replicas";
    static final int NODES = 3;
    /** The floors: goodput at least this share of the quota, at most this share of requests throttled. */
    static final double GOODPUT_FLOOR = 0.98;
    static final double THROTTLED_CEILING = 0.01;
    private static final Pattern RESULT = Pattern.compile("RESULT completed=(\\d+) failed=(\\d+)");
    /**
     * Load offered before the measured time, not counted (the emulator's request and 429 counts cover it). The
     * measured time itself is whole minutes, the quota's window.
     */
    static final Duration WARMUP = Duration.ofSeconds(15);
    /** Time for the replica JVMs to start Camel before the common start. */
    private static final Duration JVM_START = Duration.ofSeconds(20);

    private final BenchmarkSettings settings;
    private final PrintStream out;
    private BenchEmulator emulator;

    SharedQuotaRun(BenchmarkSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    RunReport run() throws Exception {
        RunReport report = RunReport.start(NAME, settings.mode());
        BenchmarkImage image = BenchmarkImage.small();
        SharedQuota one;
        SharedQuota three;
        try (BenchEmulator started = new BenchEmulator()) {
            emulator = started;
            emulator.registerFixture(image);
            one = oneNode(emulator.target(), image);
            out.println("[bench] shared quota, 1 node: " + one);
            three = threeNodes(emulator.target(), image, true);
            out.println("[bench] shared quota, " + NODES + " nodes: " + three);
        }
        for (SharedQuota q : List.of(one, three)) {
            String suffix = q.nodes() == 1 ? "1Node" : NODES + "Nodes";
            String who = q.nodes() == 1 ? "1 node" : NODES + " nodes (JVMs) sharing the PostgreSQL store";
            double goodput = round(q.goodputVsQuota(), 1000);
            double throttled = round(q.throttledShare(), 10_000);
            report.entry("goodputVsQuota" + suffix, goodput);
            report.entry("throttledShare" + suffix, throttled);
            report.floor(new Floor("goodputVsQuota" + suffix, "calls completed over what the quota allows, " + who
                    + ", default retries, 0 failures", ">= " + GOODPUT_FLOOR, goodput,
                    goodput >= GOODPUT_FLOOR && q.failures() == 0));
            report.floor(Floor.atMost("throttledShare" + suffix, "429 answers over all requests, " + who,
                    THROTTLED_CEILING, throttled));
        }
        report.detail("sharedQuota", List.of(one, three));
        report.markdown(markdown(List.of(one, three)));
        return report.finish();
    }

    /** Three replica JVMs told nothing, each alone: what they complete, how many fail, how many 429s they draw. */
    RunReport runUntold() throws Exception {
        RunReport report = RunReport.start(UNTOLD_NAME, settings.mode());
        BenchmarkImage image = BenchmarkImage.small();
        SharedQuota untold;
        try (BenchEmulator started = new BenchEmulator()) {
            emulator = started;
            emulator.registerFixture(image);
            untold = threeNodes(emulator.target(), image, false);
            out.println("[bench] " + NODES + " replicas told nothing: " + untold);
        }
        report.entry("goodputVsQuota" + NODES + "NodesToldNothing", round(untold.goodputVsQuota(), 1000));
        report.entry("throttledShare" + NODES + "NodesToldNothing", round(untold.throttledShare(), 10_000));
        report.entry("failures" + NODES + "NodesToldNothing", untold.failures());
        report.detail("sharedQuota", List.of(untold));
        report.markdown(markdown("### Replicas told nothing (no quota, no store), default retries, measured from their first call", List.of(untold)));
        return report.finish();
    }

    static String markdown(List<SharedQuota> runs) {
        return markdown("### Replicas told the quota, default retries (three replicas share it through PostgreSQL)",
                runs);
    }

    static String markdown(String title, List<SharedQuota> runs) {
        StringBuilder md = new StringBuilder(title + "\n\n"
                + "| replicas (JVMs) | quota/min | minutes | in flight per replica | completed | allowed | goodput |"
                + " failures | requests | 429 answers | 429 share |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (SharedQuota q : runs) {
            md.append(String.format(Locale.ROOT,
                    "| %d | %d | %.2f | %d | %d | %.0f | %.3f | %d | %d | %d | %.4f |%n", q.nodes(), q.quotaPerMinute(),
                    q.minutes(), q.concurrencyPerNode(), q.completed(), q.allowed(), q.goodputVsQuota(), q.failures(),
                    q.requests(), q.throttled(), q.throttledShare()));
        }
        return md.toString();
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }

    /** One replica in this JVM. */
    SharedQuota oneNode(Target target, BenchmarkImage image) throws Exception {
        int concurrency = settings.quotaConcurrency();
        emulator.setQuota(settings.quotaPerMinute());
        long requestsBefore = emulator.totalRequests();
        long throttledBefore = emulator.responses(429);
        long[] outcome;
        try (QuotaReplica replica = new QuotaReplica(target, settings.quotaPerMinute(), concurrency, null)) {
            outcome = replica.offer(image.bytes(), concurrency, WARMUP, settings.quotaDuration());
        } finally {
            emulator.setQuota(0);
        }
        return new SharedQuota(1, settings.quotaPerMinute(), true, minutes(), concurrency, outcome[0], outcome[1],
                emulator.totalRequests() - requestsBefore, emulator.responses(429) - throttledBefore);
    }

    /**
     * Three replica JVMs: told the quota and sharing it through PostgreSQL, or told nothing and each alone.
     * Replicas told nothing offer no warm-up before the measured time: their first calls are the ones that use up the
     * first window and teach them the quota, so a warm-up would spend that window's quota outside the measured time
     * and leave its rest, used up, inside it.
     *
     * @param told whether the replicas are told the quota and share it through a store
     */
    SharedQuota threeNodes(Target target, BenchmarkImage image, boolean told) throws Exception {
        int concurrency = settings.quotaConcurrency();
        Path work = Files.createTempDirectory("huaweiocr-bench-replicas");
        Path imageFile = work.resolve("image.jpg");
        Files.write(imageFile, image.bytes());
        try (LocalPostgres postgres = told ? LocalPostgres.start() : null) {
            emulator.setQuota(settings.quotaPerMinute());
            long requestsBefore = emulator.totalRequests();
            long throttledBefore = emulator.responses(429);
            long startAt = System.currentTimeMillis() + JVM_START.toMillis();
            List<Process> replicas = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                Path log = work.resolve("replica-" + n + ".log");
                logs.add(log);
                replicas.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m", "-cp", System.getProperty("java.class.path"), QuotaReplicaMain.class.getName(),
                        target.endpoint().toString(), target.region(), target.projectId(), target.accessKey(),
                        target.secretKey(), String.valueOf(told ? settings.quotaPerMinute() : 0),
                        String.valueOf(concurrency), told ? postgres.jdbcUrl() : QuotaReplicaMain.NO_STORE,
                        String.valueOf(startAt),
                        String.valueOf(settings.quotaDuration().toMillis()), imageFile.toString(),
                        String.valueOf((told ? WARMUP : Duration.ZERO).toMillis()))
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start());
            }
            long completed = 0;
            long failed = 0;
            try {
                for (int n = 0; n < NODES; n++) {
                    Process replica = replicas.get(n);
                    if (!replica.waitFor(settings.quotaDuration().plus(WARMUP).toMinutes() + 5, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("replica " + n + " did not finish; see " + logs.get(n));
                    }
                    Matcher m = RESULT.matcher(Files.readString(logs.get(n)));
                    if (!m.find()) {
                        throw new IllegalStateException("replica " + n + " reported nothing: "
                                + Files.readString(logs.get(n)));
                    }
                    completed += Long.parseLong(m.group(1));
                    failed += Long.parseLong(m.group(2));
                }
            } finally {
                replicas.forEach(p -> {
                    if (p.isAlive()) {
                        p.destroyForcibly();
                    }
                });
                emulator.setQuota(0);
            }
            return new SharedQuota(NODES, settings.quotaPerMinute(), told, minutes(), concurrency, completed, failed,
                    emulator.totalRequests() - requestsBefore, emulator.responses(429) - throttledBefore);
        } finally {
            deleteAll(work);
        }
    }

    private double minutes() {
        return settings.quotaDuration().toMillis() / 60_000.0;
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
