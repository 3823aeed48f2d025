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
package io.github.huaweiocr.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static final long[] ONE_TO_HUNDRED = java.util.stream.LongStream.rangeClosed(1, 100).toArray();

    @Test
    void nearestRankPercentilesOfOneToHundredAreTheRankItself() {
        assertThat(Percentiles.percentile(ONE_TO_HUNDRED, 50)).isEqualTo(50);
        assertThat(Percentiles.percentile(ONE_TO_HUNDRED, 99)).isEqualTo(99);
        assertThat(Percentiles.percentile(ONE_TO_HUNDRED, 100)).isEqualTo(100);
    }

    @Test
    void percentileRoundsTheRankUpAndIgnoresInputOrder() {
        long[] samples = {40, 10, 30, 20};
        assertThat(Percentiles.percentile(samples, 50)).isEqualTo(20);
        assertThat(Percentiles.percentile(samples, 51)).isEqualTo(30);
        assertThat(Percentiles.percentile(samples, 1)).isEqualTo(10);
        assertThat(samples).containsExactly(40, 10, 30, 20);
    }

    @Test
    void medianTakesTheMiddleValueOrTheMeanOfTheTwoMiddleValues() {
        assertThat(Percentiles.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(Percentiles.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void refusesEmptySamplesAndPercentilesOutsideTheRange() {
        assertThatThrownBy(() -> Percentiles.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.percentile(ONE_TO_HUNDRED, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.median(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
