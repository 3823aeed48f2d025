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

/**
 * How long each fuzz target runs when fuzzing ({@code JAZZER_FUZZ=1}, set by the {@code soak} profile). Without it the
 * targets run in regression mode: every committed input under {@code src/test/resources/.../<Test>Inputs/<method>/}
 * once, which is what {@code mvn verify} does in CI.
 */
final class FuzzBudget {

    /** At least the 100,000 executions per target the reliability suite promises; libFuzzer stops at this count. */
    static final long MAX_EXECUTIONS = 100_000;

    /** A ceiling for slow targets (PDF rendering) on a 2-core machine; reached only if 100,000 runs take longer. */
    static final String MAX_DURATION = "15m";

    private FuzzBudget() {
    }
}
