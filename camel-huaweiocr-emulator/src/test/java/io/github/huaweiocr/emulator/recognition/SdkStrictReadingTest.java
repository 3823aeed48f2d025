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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import com.huaweicloud.sdk.ocr.v1.model.RecognizeGeneralTextResponse;

import io.github.huaweiocr.emulator.catalog.OperationCatalog;
import io.github.huaweiocr.emulator.catalog.OperationSpec;

/**
 * Huawei's official SDK reads every answer of the recognition engine (every optional output requested, and the
 * RapidOCR text results) into its response models with its strict JSON reader.
 */
class SdkStrictReadingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODELS = "com.huaweicloud.sdk.ocr.v1.model.";

    private static JsonNode catalogue;
    private static RecognitionEngine engine;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SdkStrictReadingTest.class.getResourceAsStream(
                "/io/github/huaweiocr/emulator/operations.json")) {
            catalogue = JSON.readTree(in).path("operations");
        }
        engine = RecognitionEngine.create(RecognitionEngine.RAPIDOCR);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void theSdkReadsEveryOperationsAnswerWithEveryOptionalOutput() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> absentFromSdk = new ArrayList<>();
        for (JsonNode entry : catalogue) {
            OperationSpec operation = OperationCatalog.standard().bySegment(entry.path("segment").asText())
                    .orElseThrow();
            Class<?> responseType = responseType(entry);
            if (responseType == null) {
                absentFromSdk.add(operation.segment());
                continue;
            }
            ObjectNode body = SchemaPaths.everythingRequested(operation);
            if (!operation.takesImage()) {
                body.put("code", "011002000111").put("number", "12345678").put("issue_date", "2024-03-15");
            }
            for (String sample : List.of(Samples.RECEIPT, Samples.CHINESE_TEXT)) {
                String response = responseJson(engine.recognize(Samples.request(operation, Samples.bytes(sample),
                        "PNG", body)));
                try {
                    JsonUtils.toObjectByStrict(response, responseType);
                } catch (RuntimeException e) {
                    failures.add(operation.segment() + " on " + sample + ": " + e.getMessage());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(absentFromSdk).as("operations newer than the SDK version the build pins")
                .containsExactly("auto-id-doc-classification");
    }

    @Test
    void theSdkRejectsANumberInAStringField() {
        String response = "{\"result\":{\"direction\":-1,\"words_block_count\":1,\"words_block_list\":"
                + "[{\"words\":42,\"location\":[[0,0],[1,0],[1,1],[0,1]],\"confidence\":0.9}]}}";

        assertThatThrownBy(() -> JsonUtils.toObjectByStrict(response, RecognizeGeneralTextResponse.class))
                .isInstanceOf(RuntimeException.class);
    }

    private static Class<?> responseType(JsonNode entry) {
        String method = entry.path("sdkMethod").asText();
        try {
            return Class.forName(MODELS + Character.toUpperCase(method.charAt(0)) + method.substring(1) + "Response");
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static String responseJson(RecognitionResult answer) {
        ObjectNode response = JSON.createObjectNode();
        response.set("result", answer.result());
        answer.topLevel().forEach(response::set);
        return response.toString();
    }
}
