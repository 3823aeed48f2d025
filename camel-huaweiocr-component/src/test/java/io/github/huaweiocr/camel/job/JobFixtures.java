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
