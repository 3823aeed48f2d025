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
