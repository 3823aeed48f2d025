package io.github.huaweiocr.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How long and how hard each scenario runs. The full run fits in about 15 minutes on a 2-core machine; {@code -Dquick}
 * is a smoke run of a few minutes whose figures are only indicative.
 *
 * @param peerWarmup      load each peer carries once, before any measurement
 * @param warmup          load each peer carries at a new concurrency before the first round
 * @param slotWarmup      load before each timed iteration (the peers take turns, one iteration each per round)
 * @param iteration       length of one timed iteration
 * @param iterations      rounds, i.e. timed iterations per peer and concurrency (the median is reported)
 * @param concurrencies   calls in flight for the throughput cells
 * @param heapWarmupCalls calls before the allocation counters are read
 * @param heapCalls       calls per allocation iteration
 * @param heapIterations  allocation iterations (the median is reported)
 * @param inFlight        calls held in flight at once
 * @param latency         emulated latency that holds them
 * @param quotaPerMinute  emulated quota
 * @param quotaDuration   how long the quota scenario offers load
 * @param quotaConcurrency calls the route keeps in flight under the quota
 * @param output          where summary.json and summary.md go
 */
public record BenchmarkSettings(String mode, Duration peerWarmup, Duration warmup, Duration slotWarmup,
                                Duration iteration, int iterations,
                                List<Integer> concurrencies, int heapWarmupCalls, int heapCalls, int heapIterations,
                                int inFlight, Duration latency, int quotaPerMinute, Duration quotaDuration,
                                int quotaConcurrency, Path output) {

    /** Reads {@code -Dquick}, {@code -DquotaMinutes=} and {@code -Doutput=} from the system properties. */
    public static BenchmarkSettings fromSystemProperties() {
        boolean quick = System.getProperty("quick") != null && !"false".equals(System.getProperty("quick"));
        double quotaMinutes = Double.parseDouble(System.getProperty("quotaMinutes", quick ? "1" : "2"));
        Path output = Path.of(System.getProperty("output", "benchmarks/results"));
        Duration quotaDuration = Duration.ofMillis(Math.round(quotaMinutes * 60_000));
        if (quick) {
            return new BenchmarkSettings("quick", Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofMillis(500),
                    Duration.ofSeconds(1), 3,
                    List.of(1, 16, 64, 256), 5, 5, 3, 1000, Duration.ofSeconds(1), 600, quotaDuration, 16, output);
        }
        return new BenchmarkSettings("full", Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofMillis(500),
                Duration.ofSeconds(3), 5,
                List.of(1, 16, 64, 256), 20, 15, 5, 1000, Duration.ofSeconds(1), 600, quotaDuration, 16, output);
    }
}
