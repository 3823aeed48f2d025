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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class RecognitionEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RecognitionEngine engine = RecognitionEngine.create(RecognitionEngine.SYNTHETIC);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void rejectsAnUnknownEngineName() {
        assertThatThrownBy(() -> RecognitionEngine.create("tesseract"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tesseract");
    }

    @Test
    void returnsARegisteredFixtureExactlyAsRegistered() throws Exception {
        RecognitionRequest request = Samples.request("id-card", Samples.RECEIPT, Samples.body());
        JsonNode fixture = JSON.readTree("{\"result\":{\"name\":\"李四\",\"number\":\"110101199001011234\"}}");

        engine.fixtures().put(request.sha256().toUpperCase(), fixture);
        RecognitionResult answer = engine.recognize(request);

        assertThat(answer.result()).isEqualTo(fixture.get("result"));
        assertThat(answer.topLevel()).isEmpty();
        assertThat(engine.fixtures().size()).isEqualTo(1);
    }

    @Test
    void returnsExtraTopLevelMembersOfAFixture() throws Exception {
        RecognitionRequest request = Samples.request("custom-template", Samples.RECEIPT, Samples.body());

        engine.fixtures().put(request.sha256(), "custom-template",
                JSON.readTree("{\"result\":{\"total\":\"9.90\"},\"template_id\":\"tpl-7\"}"));
        RecognitionResult answer = engine.recognize(request);

        assertThat(answer.result().get("total").asText()).isEqualTo("9.90");
        assertThat(answer.topLevel().get("template_id").asText()).isEqualTo("tpl-7");
    }

    @Test
    void aFixtureForOneOperationLeavesOtherOperationsOnTheSameImageToTheEngine() throws Exception {
        RecognitionRequest text = Samples.request("general-text", Samples.RECEIPT, Samples.body());
        RecognitionRequest table = Samples.request("general-table", Samples.RECEIPT, Samples.body());
        JsonNode fixture = JSON.readTree("""
                {"result":{"direction":-1,"words_block_count":0,"words_block_list":[]}}""");

        engine.fixtures().put(text.sha256(), fixture);

        assertThat(engine.recognize(text).result()).isEqualTo(fixture.get("result"));
        assertThat(engine.recognize(table).result().has("words_region_list")).isTrue();
    }

    @Test
    void refusesAFixtureThatDoesNotFitTheOperationItIsRegisteredFor() throws Exception {
        String sha = Samples.sha256(Samples.bytes(Samples.RECEIPT));
        JsonNode wrong = JSON.readTree("{\"result\":{\"direction\":-1,\"words_block_count\":\"1\","
                + "\"words_block_list\":[]}}");

        assertThatThrownBy(() -> engine.fixtures().put(sha, "general-text", wrong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$.result.words_block_count: expected integer but was string");
        assertThatThrownBy(() -> engine.fixtures().put(sha, "no-such-operation", wrong))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.fixtures().put("abc", wrong))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.fixtures().put(sha, JSON.readTree("{\"words\":[]}")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(engine.fixtures().size()).isZero();
    }

    @Test
    void clearingFixturesBringsBackTheSyntheticAnswer() throws Exception {
        RecognitionRequest request = Samples.request("bankcard", Samples.RECEIPT, Samples.body());
        JsonNode synthetic = engine.recognize(request).result();

        engine.fixtures().put(request.sha256(), JSON.readTree("{\"result\":{\"card_number\":\"6222\"}}"));
        assertThat(engine.recognize(request).result()).isNotEqualTo(synthetic);
        engine.fixtures().clear();

        assertThat(engine.fixtures().size()).isZero();
        assertThat(engine.recognize(request).result()).isEqualTo(synthetic);
    }

    @Test
    void aFixtureIsACopyThatLaterChangesToTheCallersNodeDoNotAffect() throws Exception {
        RecognitionRequest request = Samples.request("bankcard", Samples.RECEIPT, Samples.body());
        ObjectNode fixture = (ObjectNode) JSON.readTree(
                "{\"result\":{\"card_number\":\"6222\"}}");

        engine.fixtures().put(request.sha256(), fixture);
        ((ObjectNode) fixture.get("result")).put("card_number", "0000");

        assertThat(engine.recognize(request).result().get("card_number").asText()).isEqualTo("6222");
    }

    @Test
    void refusesRequestsAfterClose() {
        engine.close();

        assertThatThrownBy(() -> engine.recognize(Samples.request("vin", Samples.RECEIPT, Samples.body())))
                .isInstanceOf(IllegalStateException.class);
    }
}
