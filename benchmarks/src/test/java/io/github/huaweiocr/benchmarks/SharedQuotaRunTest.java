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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.huaweiocr.benchmarks.report.Results.SharedQuota;

class SharedQuotaRunTest {

    @Test
    void goodputIsCompletedOverWhatTheQuotaAllowedAndTheThrottledShareIs429sOverAllRequests() {
        SharedQuota three = new SharedQuota(3, 600, true, 1.5, 16, 891, 0, 903, 3);

        assertThat(three.allowed()).isEqualTo(900);
        assertThat(three.goodputVsQuota()).isEqualTo(0.99);
        assertThat(three.throttledShare()).isEqualTo(3.0 / 903);
        assertThat(new SharedQuota(1, 600, true, 1, 16, 0, 0, 0, 0).throttledShare()).isZero();
    }

    @Test
    void markdownListsEachRunWithItsShareToFourDecimals() {
        String md = SharedQuotaRun.markdown(List.of(new SharedQuota(1, 600, true, 1, 16, 599, 0, 600, 0),
                new SharedQuota(3, 600, true, 1, 16, 594, 0, 603, 3)));

        assertThat(md).contains("| 1 | 600 | 1.00 | 16 | 599 | 600 | 0.998 | 0 | 600 | 0 | 0.0000 |")
                .contains("| 3 | 600 | 1.00 | 16 | 594 | 600 | 0.990 | 0 | 603 | 3 | 0.0050 |");
    }
}
