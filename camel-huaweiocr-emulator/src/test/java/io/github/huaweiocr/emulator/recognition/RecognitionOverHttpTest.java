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

import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationCatalog;
import io.github.huaweiocr.emulator.catalog.OperationSpec;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import io.github.huaweiocr.emulator.support.OcrTestClient;

/** All 52 operations called on a running emulator (synthetic engine), answers checked against spec section 6. */
class RecognitionOverHttpTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    static Stream<String> segments() {
        return OperationCatalog.standard().all().stream().map(OperationSpec::segment);
    }

    @ParameterizedTest
    @MethodSource("segments")
    void everyOperationAnswersWithEveryFieldInTheJsonTypesOfSpecSectionSix(String segment) {
        OperationSpec operation = Samples.operation(segment);
        ObjectNode body = SchemaPaths.everythingRequested(operation);
        if (operation.takesImage()) {
            body.put(operation.imageField(), Base64.getEncoder().encodeToString(Samples.bytes(Samples.RECEIPT)));
        } else {
            body.put("code", "011002000111").put("number", "12345678").put("issue_date", "2024-03-15")
                    .put("check_code", "123456");
        }

        OcrTestClient.Answer answer = call(segment, body);

        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(200);
        assertThat(ResultSchemaValidator.validateResponse(operation, answer.json())).isEmpty();
        assertThat(SchemaPaths.present(answer.json().get("result")))
                .containsAll(SchemaPaths.declared(operation.result()));
    }

    @Test
    void aFixtureRegisteredThroughTheAdminApiIsAnsweredUnchanged() throws Exception {
        byte[] image = Samples.bytes(Samples.ENGLISH_TEXT);
        JsonNode fixture = OcrTestClient.JSON.readTree("""
                {"result":{"direction":-1,"words_block_count":1,"words_block_list":[{"words":"From a fixture",
                "location":[[10,10],[200,10],[200,40],[10,40]],"confidence":0.9991,"char_list":[]}]}}""");
        emulator.admin().putFixture(image, fixture);

        OcrTestClient.Answer answer = call("general-text", OcrTestClient.JSON.createObjectNode()
                .put("image", Base64.getEncoder().encodeToString(image)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(fixture);
    }

    private static OcrTestClient.Answer call(String segment, ObjectNode body) {
        return new OcrTestClient(emulator.baseUrl()).postSigned("/v2/" + emulator.projectId() + "/ocr/" + segment,
                OcrTestClient.json(body), emulator.accessKey(), emulator.secretKey());
    }
}
