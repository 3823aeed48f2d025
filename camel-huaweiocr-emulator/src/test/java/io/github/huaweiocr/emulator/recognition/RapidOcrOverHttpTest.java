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
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import io.github.huaweiocr.emulator.support.OcrTestClient;

/** General text OCR of a committed sample on an emulator running RapidOCR, called with an IAM token. */
class RapidOcrOverHttpTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension()
            .configure(config -> config.engine(RecognitionEngine.RAPIDOCR));

    @Test
    void generalTextReadsTheChineseAndEnglishOfTheReceipt() {
        OcrTestClient client = new OcrTestClient(emulator.baseUrl());
        String token = token(client);
        ObjectNode body = OcrTestClient.JSON.createObjectNode()
                .put("image", Base64.getEncoder().encodeToString(Samples.bytes(Samples.RECEIPT)))
                .put("detect_direction", false);

        OcrTestClient.Answer answer = client.post("/v2/" + emulator.projectId() + "/ocr/general-text",
                OcrTestClient.json(body), Map.of("X-Auth-Token", token,
                        "Content-Type", "application/json;charset=UTF-8"));

        assertThat(answer.status()).as(new String(answer.body())).isEqualTo(200);
        assertThat(ResultSchemaValidator.validateResponse(Samples.operation("general-text"), answer.json()))
                .isEmpty();
        StringBuilder text = new StringBuilder();
        for (JsonNode block : answer.json().at("/result/words_block_list")) {
            text.append(block.get("words").asText()).append('\n');
        }
        assertThat(text.toString().toLowerCase(Locale.ROOT).replace(" ", ""))
                .contains("购物小票", "storereceipt", "苹果", "apple", "合计", "total23.80");
        assertThat(answer.json().at("/result/direction").asDouble()).isEqualTo(-1.0);
    }

    private static String token(OcrTestClient client) {
        ObjectNode auth = OcrTestClient.JSON.createObjectNode();
        ObjectNode identity = auth.putObject("auth").putObject("identity");
        identity.putArray("methods").add("password");
        identity.putObject("password").putObject("user").put("name", emulator.username())
                .put("password", emulator.password()).putObject("domain").put("name", emulator.domainName());
        ((ObjectNode) auth.get("auth")).putObject("scope").putObject("project").put("name", emulator.region());

        OcrTestClient.Answer answer = client.post("/v3/auth/tokens", OcrTestClient.json(auth),
                Map.of("Content-Type", "application/json;charset=utf8"));

        assertThat(answer.status()).isEqualTo(201);
        return answer.headers().firstValue("X-Subject-Token").orElseThrow();
    }
}
