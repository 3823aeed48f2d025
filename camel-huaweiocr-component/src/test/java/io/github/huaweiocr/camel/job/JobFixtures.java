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
package io.github.huaweiocr.camel.job;

import java.util.Map;

import io.github.huaweiocr.camel.obs.ObsInputMode;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.result.OutputType;

/** Job settings for the planner and assembler tests, with the component's defaults where a test sets nothing. */
final class JobFixtures {

    private JobFixtures() {
    }

    static JobSettings.Builder settings(HuaweiOcrOperation operation) {
        return JobSettings.builder()
                .operation(operation)
                .outputType(OutputType.MAP)
                .endpointParameters(Map.of(), Map.of())
                .parametersOrigin("CamelHuaweiOcrParameters")
                .pdfDpi(150)
                .maxPages(100)
                .maxConcurrentRequests(4)
                .obsInputMode(ObsInputMode.URL)
                .obsSettings(() -> {
                    throw new AssertionError("no object store in this test");
                });
    }
}
