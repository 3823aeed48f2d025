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

import java.io.PrintStream;
import java.nio.file.Path;

import io.github.huaweiocr.benchmarks.report.LoadAverage;
import io.github.huaweiocr.benchmarks.report.RunReport;
import io.github.huaweiocr.benchmarks.report.SummaryFile;

/**
 * Makes the benchmark runs, prints each run's tables and merges each into {@code summary.json} and {@code summary.md}
 * (keeping the other runs recorded there). Run from the repository root:
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests &amp;&amp; java -jar benchmarks/target/benchmarks.jar
 * </pre>
 *
 * System properties: {@code -Dquick} (smoke run), {@code -Druns=shared-cpu,client-bound,shared-quota,untold-replicas,replicas} (which
 * runs; all by default; {@code replicas} starts three JVMs of the obs-to-database example's jar, {@code -DobsExampleJar=}
 * to point at another), {@code -DquotaMinutes=2}, {@code -Doutput=benchmarks/results}, {@code -DclientJvmOptions="..."} (options of
 * the client-bound run's client JVMs, separated by spaces).
 */
public final class BenchmarkMain {

    private static final PrintStream OUT = System.out;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        long started = System.nanoTime();
        OUT.println("[bench] " + settings.mode() + " mode, runs " + settings.runs() + "; load average " + LoadAverage.now());
        for (String run : settings.runs()) {
            RunReport report = switch (run) {
                case SharedCpuRun.NAME -> new SharedCpuRun(settings, OUT).run();
                case SharedQuotaRun.NAME -> new SharedQuotaRun(settings, OUT).run();
                case SharedQuotaRun.UNTOLD_NAME -> new SharedQuotaRun(settings, OUT).runUntold();
                case ReplicasRun.NAME -> new ReplicasRun(OUT, Path.of(System.getProperty("obsExampleJar",
                        "examples/obs-to-database/target/obs-to-database.jar"))).run(settings.mode());
                default -> new ClientBoundRun(OUT, settings.clientJvmOptions()).run(settings.mode());
            };
            SummaryFile.merge(settings.output(), report);
            OUT.println();
            OUT.println(report.markdownText());
            OUT.println("[bench] run " + run + " took " + report.duration().toSeconds() + " s; load average "
                    + report.loadBefore() + " before, " + report.loadAfter() + " after; floors: " + report.floors());
        }
        OUT.printf("[bench] wrote %s/summary.json and summary.md in %d s%n", settings.output(),
                (System.nanoTime() - started) / 1_000_000_000L);
    }

    /** The component's HTTP event loops, named after the component. */
    static boolean isComponentIoThread(String name) {
        return name.startsWith("huaweiocr-");
    }
}
