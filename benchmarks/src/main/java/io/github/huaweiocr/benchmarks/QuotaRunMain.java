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

import io.github.huaweiocr.benchmarks.report.LoadAverage;
import io.github.huaweiocr.benchmarks.report.Results;

/**
 * The shared-CPU run's quota scenario alone (a route told nothing about the quota), for working on the pacing without
 * the rest of the run: {@code java -cp benchmarks/target/benchmarks.jar io.github.huaweiocr.benchmarks.QuotaRunMain}
 * with {@code -DquotaMinutes=} and {@code -Dquick} as for the benchmark. It prints its figures and writes no summary:
 * the figures of record come from the {@code shared-cpu} run.
 */
public final class QuotaRunMain {

    private QuotaRunMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        BenchmarkImage image = BenchmarkImage.small();
        try (BenchEmulator emulator = new BenchEmulator()) {
            emulator.registerFixture(image); // the answer of every call, as in the shared-CPU run: no OCR
            Results.Quota quota = new QuotaRun(settings, emulator).run(emulator.target(), image);
            System.out.printf(java.util.Locale.ROOT, "[bench] quota: %s%n[bench] goodputVsQuota %.3f, throttled share"
                    + " %.4f (%d answers 429 of %d requests), load average %s%n", quota,
                    quota.completed() / quota.allowed(), quota.throttledShare(), quota.emulator429(), quota.requests(),
                    LoadAverage.now());
        }
    }
}
