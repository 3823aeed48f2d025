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

import java.util.List;
import java.util.Optional;

import io.github.huaweiocr.benchmarks.measure.Percentiles;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;

/** Throughput ratios between peers measured in the same rounds. */
public final class Ratios {

    private Ratios() {
    }

    /**
     * How {@code peer} compares with the best of {@code others} at a concurrency: the median over the rounds of the
     * ratio within each round (the peers take turns within a round, so a ratio compares iterations run under the same
     * machine load). Null when a figure is missing.
     */
    public static Double throughput(List<Throughput> cells, String peer, List<String> others, int concurrency) {
        Optional<Throughput> measured = cell(cells, peer, concurrency);
        List<Throughput> references = others.stream().map(o -> cell(cells, o, concurrency)).flatMap(Optional::stream)
                .toList();
        if (measured.isEmpty() || references.isEmpty()) {
            return null;
        }
        int rounds = references.stream().mapToInt(r -> r.iterations().size())
                .reduce(measured.get().iterations().size(), Math::min);
        if (rounds == 0) {
            return null;
        }
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            int round = i;
            double best = references.stream().mapToDouble(r -> r.iterations().get(round)).max().orElse(0);
            ratios[i] = best == 0 ? Double.NaN : measured.get().iterations().get(i) / best;
        }
        return Percentiles.median(ratios);
    }

    public static Optional<Throughput> cell(List<Throughput> cells, String peer, int concurrency) {
        return cells.stream().filter(t -> t.peer().equals(peer) && t.concurrency() == concurrency).findFirst();
    }

    /** Rounded to three decimals; null stays null. */
    public static Double round(Double value) {
        return value == null || value.isNaN() ? null : Math.round(value * 1000) / 1000.0;
    }
}
