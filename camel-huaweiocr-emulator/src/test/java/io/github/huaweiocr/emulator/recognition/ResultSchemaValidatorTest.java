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
package io.github.huaweiocr.emulator.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.huaweiocr.emulator.catalog.OperationSpec;

class ResultSchemaValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GENERAL_TEXT_OK = """
            {"result":{"direction":-1,"words_block_count":1,"words_block_list":[{"words":"Hello",
            "location":[[1,2],[30,2],[30,12],[1,12]],"confidence":0.9987,"char_list":[]}]}}""";

    private final OperationSpec generalText = Samples.operation("general-text");

    @Test
    void acceptsTheDocumentedGeneralTextExample() throws Exception {
        assertThat(ResultSchemaValidator.validateResponse(generalText, JSON.readTree(GENERAL_TEXT_OK))).isEmpty();
    }

    @Test
    void rejectsANumberWhereTheSdkExpectsAString() throws Exception {
        JsonNode response = JSON.readTree(GENERAL_TEXT_OK.replace("\"Hello\"", "42"));

        assertThat(ResultSchemaValidator.validateResponse(generalText, response))
                .containsExactly("$.result.words_block_list[0].words: expected string but was integer 42");
    }

    @Test
    void rejectsAFractionInAnIntegerCoordinateAndAStringConfidence() throws Exception {
        JsonNode response = JSON.readTree(GENERAL_TEXT_OK.replace("[1,2]", "[1.5,2]")
                .replace("0.9987", "\"0.9987\""));

        assertThat(ResultSchemaValidator.validateResponse(generalText, response)).containsExactlyInAnyOrder(
                "$.result.words_block_list[0].location[0][0]: expected integer but was number 1.5",
                "$.result.words_block_list[0].confidence: expected number but was string");
    }

    @Test
    void reportsMissingAlwaysPresentFieldsAndUnknownMembers() throws Exception {
        JsonNode response = JSON.readTree("""
                {"result":{"direction":0,"words_block_list":[],"word_count":3},"extra":"x"}""");

        assertThat(ResultSchemaValidator.validateResponse(generalText, response)).containsExactlyInAnyOrder(
                "$.result.words_block_count: missing (always present in the SDK model)",
                "$.result.word_count: not a field of GeneralTextResult",
                "$.extra: not a member of the general-text response");
    }

    @Test
    void acceptsNullForOptionalFieldsOnly() throws Exception {
        JsonNode optionalNull = JSON.readTree(GENERAL_TEXT_OK.replace("\"char_list\":[]}]}",
                "\"char_list\":[]}],\"markdown_result\":null}"));
        JsonNode alwaysNull = JSON.readTree(GENERAL_TEXT_OK.replace("\"direction\":-1", "\"direction\":null"));

        assertThat(ResultSchemaValidator.validateResponse(generalText, optionalNull)).isEmpty();
        assertThat(ResultSchemaValidator.validateResponse(generalText, alwaysNull))
                .containsExactly("$.result.direction: null (always present in the SDK model)");
    }

    @Test
    void checksArrayResultsMapValuesAndTopLevelTemplateId() throws Exception {
        OperationSpec household = Samples.operation("household-register");
        OperationSpec template = Samples.operation("custom-template");

        assertThat(ResultSchemaValidator.validateResponse(household, JSON.readTree("{\"result\":{}}")))
                .containsExactly("$.result: expected array but was object");
        assertThat(ResultSchemaValidator.validateResponse(household,
                JSON.readTree("{\"result\":[{\"confidence\":{\"name\":\"0.9\"}}]}")))
                .containsExactly("$.result[0].confidence.name: expected number but was string");
        assertThat(ResultSchemaValidator.validateResponse(template,
                JSON.readTree("{\"result\":{\"anything\":1},\"template_id\":\"t1\"}"))).isEmpty();
        assertThat(ResultSchemaValidator.validateResponse(template,
                JSON.readTree("{\"result\":{},\"template_id\":7}")))
                .containsExactly("$.template_id: expected string but was integer 7");
    }
}
