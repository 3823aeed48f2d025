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
package io.github.huaweiocr.reliability.fuzz;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.github.huaweiocr.reliability.support.RunReport;

/**
 * Counts the inputs a fuzz target ran, for {@code target/reliability/fuzz-<target>.json}: libFuzzer prints its own
 * count on the native stderr, which surefire does not keep.
 */
final class FuzzExecutions {

    private final String target;
    private final AtomicLong executions = new AtomicLong();
    private final long started = System.nanoTime();

    FuzzExecutions(String target) {
        this.target = target;
    }

    void ran() {
        executions.incrementAndGet();
    }

    void report() throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("target", target);
        String flag = System.getProperty("jazzer.fuzz", "0");
        figures.put("mode", flag.equals("1") || flag.equalsIgnoreCase("true") ? "fuzzing" : "regression");
        figures.put("executions", executions.get());
        figures.put("seconds", (System.nanoTime() - started) / 1_000_000_000L);
        RunReport.write("fuzz-" + target, figures);
    }
}
