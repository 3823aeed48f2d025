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
package io.github.huaweiocr.camel.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huaweiocr.camel.result.ConfidenceInspector.Finding;
import io.github.huaweiocr.camel.result.ConfidenceInspector.Report;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfidenceInspectorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void lowBlockAndCharacterConfidencesAreReportedByTheirPaths() throws Exception {
        JsonNode generalText = JSON.readTree("""
                {"direction":-1,"words_block_count":3,"words_block_list":[
                  {"words":"a","confidence":0.99,"char_list":[]},
                  {"words":"b","confidence":0.99,"char_list":[{"char":"b","char_confidence":0.95},
                                                             {"char":"?","char_confidence":0.42}]},
                  {"words":"c","confidence":0.61,"char_list":[]},
                  {"words":"d","confidence":0.8,"char_list":[]}]}""");

        Report report = ConfidenceInspector.inspect(generalText, 0.8);

        assertThat(report.lowConfidence()).isTrue();
        assertThat(report.paths()).containsExactly("words_block_list[1].char_list[1]", "words_block_list[2]");
        assertThat(report.findings()).contains(new Finding("words_block_list[2]", 0.61));
        assertThat(report.minimum()).hasValue(0.42);
    }

    @Test
    void confidenceMapsReportTheFieldTheyDescribe() throws Exception {
        JsonNode flight = JSON.readTree("""
                {"passenger_name":"LI","number":"12","itinerary_list":[{"flight":"CA1"}],
                 "confidence":{"passenger_name":0.97,"number":0.55,"itinerary_list":[{"flight":0.31}]}}""");

        Report report = ConfidenceInspector.inspect(flight, 0.9);

        assertThat(report.paths()).containsExactly("number", "itinerary_list[0].flight");
        assertThat(report.minimum()).hasValue(0.31);
    }

    @Test
    void nestedObjectsAndArrayResultsArePrefixedWithTheirPath() throws Exception {
        JsonNode smartDocument = JSON.readTree("""
                [{"ocr_result":{"words_block_list":[{"words":"x","confidence":0.99},{"words":"y","confidence":0.2}]}},
                 {"seal_list":[{"confidence":0.9,"words_block_list":[{"words":"z","words_confidence":0.5}]}]}]""");

        Report report = ConfidenceInspector.inspect(smartDocument, 0.6);

        assertThat(report.paths()).containsExactly("[0].ocr_result.words_block_list[1]",
                "[1].seal_list[0].words_block_list[0]");
    }

    @Test
    void nothingBelowTheThresholdMeansNotLowButStillAMinimum() throws Exception {
        JsonNode bankcard = JSON.readTree("{\"bank_name\":\"X\",\"confidence\":{\"bank_name\":0.93}}");

        Report report = ConfidenceInspector.inspect(bankcard, 0.9);

        assertThat(report.lowConfidence()).isFalse();
        assertThat(report.paths()).isEmpty();
        assertThat(report.minimum()).hasValue(0.93);
    }

    @Test
    void aResultWithoutConfidencesHasNoMinimumAndNothingLow() throws Exception {
        Report report = ConfidenceInspector.inspect(JSON.readTree("{\"name\":\"x\",\"confidence_note\":\"n/a\"}"), 1.0);

        assertThat(report.lowConfidence()).isFalse();
        assertThat(report.minimum()).isEmpty();
    }

    @Test
    void aRootLevelNumericConfidenceIsReportedAsConfidence() throws Exception {
        Report report = ConfidenceInspector.inspect(JSON.readTree("{\"number\":\"x\",\"confidence\":0.3}"), 0.5);

        assertThat(report.paths()).containsExactly("confidence");
    }

    @Test
    void thresholdOutsideZeroToOneIsRefused() {
        JsonNode empty = JSON.createObjectNode();
        assertThatThrownBy(() -> ConfidenceInspector.inspect(empty, 1.5)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> ConfidenceInspector.inspect(empty, Double.NaN)).hasMessageContaining("NaN");
    }
}
