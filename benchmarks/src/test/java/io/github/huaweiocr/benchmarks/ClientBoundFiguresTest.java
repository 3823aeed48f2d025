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
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.benchmarks.report.Results.InFlight;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;

class ClientBoundFiguresTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theFiguresAClientJvmWritesAreReadBackWhole() throws Exception {
        ClientBoundMain.ThroughputFigures figures = new ClientBoundMain.ThroughputFigures(
                List.of(new Throughput("huaweiocr", 64, 3000, List.of(2900.0, 3000.0), List.of(250.0, 260.0),
                        List.of(300.0, 310.0))),
                Map.of("huaweiocr", 20_000L));
        InFlight burst = new InFlight("huaweiocr", 1000, 1000, 2, 2, Map.of("huaweiocr-epoll-#", 2), 6.5, 0.1, 0.2, 0);

        assertThat(json.readValue(json.writeValueAsString(figures), ClientBoundMain.ThroughputFigures.class))
                .isEqualTo(figures);
        assertThat(json.readValue(json.writeValueAsString(burst), InFlight.class)).isEqualTo(burst);
    }
}
