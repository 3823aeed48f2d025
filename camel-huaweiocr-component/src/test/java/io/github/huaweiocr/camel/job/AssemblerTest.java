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

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.client.OcrCall;
import io.github.huaweiocr.camel.client.OcrResponse;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.DocumentReader;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.result.OutputType;
import io.github.huaweiocr.camel.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;

/** How answers become one outcome, without Camel, a client or any I/O. */
class AssemblerTest {

    private static final HuaweiOcrOperation TEXT = HuaweiOcrOperation.GENERAL_TEXT;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneAnswerGivesItsResultAndItsScalars() throws Exception {
        OcrOutcome outcome = new Assembler(JobFixtures.settings(TEXT).build()).outcome(TEXT, single("r1", 0.9));

        assertThat(outcome.body()).isInstanceOf(Map.class);
        assertThat(outcome.operation()).isEqualTo("generalText");
        assertThat(outcome.requestId()).isEqualTo("r1");
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(outcome.imageFormat()).isEqualTo("PNG");
        assertThat(outcome.minConfidence()).isEqualTo(0.9);
        assertThat(outcome.pageCount()).isNull();
        assertThat(outcome.batchSize()).isNull();
        assertThat(outcome.lowConfidence()).isNull();
        assertThat(outcome.lowConfidenceFields()).isNull();
    }

    @Test
    void pagesKeepTheirOrderAndAFailedPageKeepsItsError() throws Exception {
        HuaweiOcrInputException failure = new HuaweiOcrInputException("page 2 is too small");
        Recognized paged = new Recognized.Paged(3, List.of(
                new Recognized.Entry("page", 1, single("r1", 0.8), null),
                new Recognized.Entry("page", 2, null, failure),
                new Recognized.Entry("page", 3, single("r3", 0.6), null)));

        OcrOutcome outcome = new Assembler(JobFixtures.settings(TEXT).build()).outcome(TEXT, paged);

        assertThat(outcome.pageCount()).isEqualTo(3);
        assertThat(outcome.imageFormat()).isEqualTo("PDF");
        assertThat(outcome.minConfidence()).isEqualTo(0.6);
        assertThat(outcome.requestId()).isNull();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) outcome.body();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0)).containsEntry("page", 1).containsEntry("requestId", "r1");
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) entries.get(1).get("error");
        assertThat(error).containsEntry("type", "HuaweiOcrInputException").containsEntry("retryable", false)
                .containsEntry("exception", failure);
    }

    @Test
    void jsonEntriesNeverCarryTheExceptionItself() throws Exception {
        Recognized paged = new Recognized.Paged(1, List.of(new Recognized.Entry("page", 1, null,
                new HuaweiOcrInputException("unreadable"))));

        OcrOutcome outcome = new Assembler(JobFixtures.settings(TEXT).outputType(OutputType.JSON).build())
                .outcome(TEXT, paged);

        assertThat(outcome.body()).isInstanceOf(String.class).asString().contains("unreadable")
                .doesNotContain("exception");
    }

    @Test
    void aBatchCountsItsItemsAndFailuresAndReviewsEveryResult() throws Exception {
        Recognized batch = new Recognized.Batched(List.of(BatchEntry.success(0, single("r0", 0.95)),
                BatchEntry.failure(1, new HuaweiOcrInputException("not an image")),
                BatchEntry.success(2, single("r2", 0.4))));

        OcrOutcome outcome = new Assembler(JobFixtures.settings(TEXT).confidenceThreshold(0.5).build())
                .outcome(TEXT, batch);

        assertThat(outcome.batchSize()).isEqualTo(3);
        assertThat(outcome.batchFailures()).isEqualTo(1);
        assertThat(outcome.minConfidence()).isEqualTo(0.4);
        assertThat(outcome.lowConfidence()).isTrue();
        assertThat(outcome.lowConfidenceFields()).isNotEmpty().allMatch(path -> path.startsWith("[2].result"));
        assertThat(outcome.imageFormat()).isNull();
    }

    private static Recognized.Single single(String requestId, double confidence) throws Exception {
        OcrCall call = new OcrCall(TEXT, DocumentReader.read(TestImages.png(100, 40)), Map.of(), null);
        JsonNode body = JSON.readTree("{\"result\":{\"words_block_count\":1,\"words_block_list\":[{\"words\":\"HELLO\","
                + "\"confidence\":" + confidence + "}]}}");
        return Recognized.Single.of(call, new OcrResponse(requestId, body, 2));
    }
}
