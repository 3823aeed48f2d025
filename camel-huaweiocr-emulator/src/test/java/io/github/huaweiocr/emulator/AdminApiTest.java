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
package io.github.huaweiocr.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import io.github.huaweiocr.emulator.support.OcrTestClient;
import io.github.huaweiocr.emulator.support.TestImages;

/** The admin API under /_emulator/, through {@link io.github.huaweiocr.emulator.admin.EmulatorAdminClient}. */
class AdminApiTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension()
            .configure(b -> b.quotaPerMinute(50).fault(FaultSpec.serverError().operation("vin")));

    private OcrTestClient.Answer call(String segment, byte[] image) {
        String body = "{\"image\":\"" + java.util.Base64.getEncoder().encodeToString(image) + "\"}";
        return new OcrTestClient(emulator.baseUrl()).postSigned("/v2/" + emulator.projectId() + "/ocr/" + segment,
                body.getBytes(StandardCharsets.UTF_8), emulator.accessKey(), emulator.secretKey());
    }

    @Test
    void statsCountRequestsStatusesErrorCodesAndDuplicateBodies() {
        byte[] png = TestImages.png(40, 40);
        call("general-text", png);
        call("general-text", png);
        call("general-text", TestImages.png(41, 40));
        call("driver-license", png);
        new OcrTestClient(emulator.baseUrl()).get("/nowhere", Map.of());

        JsonNode stats = emulator.admin().stats();
        assertThat(emulator.admin().totalRequests()).isEqualTo(5);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(3);
        assertThat(emulator.admin().requests("driver-license")).isEqualTo(1);
        assertThat(emulator.admin().duplicateBodies()).as("same body, other operation: not a duplicate")
                .isEqualTo(1);
        assertThat(emulator.admin().errors("AIS.0103")).isEqualTo(1);
        assertThat(emulator.admin().errors("APIG.0101")).isEqualTo(1);
        assertThat(stats.path("byStatus").path("200").asLong()).isEqualTo(3);
        assertThat(emulator.admin().responses(404)).isEqualTo(1);
        assertThat(emulator.admin().inputs("image")).isEqualTo(4);
        assertThat(emulator.admin().inputs("url")).isZero();
    }

    @Test
    void recognitionCountersTellDocumentsPaidForMoreThanOnceApartFromRetriedCalls() {
        byte[] twice = TestImages.png(40, 40);
        byte[] once = TestImages.png(42, 40);
        emulator.admin().injectFault(FaultSpec.throttle().nextCalls(1));
        assertThat(call("general-text", once).status()).as("throttled, not recognised").isEqualTo(429);
        assertThat(call("general-text", once).status()).isEqualTo(200);
        assertThat(call("general-text", twice).status()).isEqualTo(200);
        assertThat(call("general-text", twice).status()).isEqualTo(200);
        assertThat(call("general-text", twice).status()).isEqualTo(200);
        assertThat(call("web-image", twice).status()).as("another operation is other work").isEqualTo(200);
        assertThat(call("general-text", TestImages.png(5, 5)).status()).as("refused: not recognised").isEqualTo(400);

        assertThat(emulator.admin().recognitions()).isEqualTo(5);
        assertThat(emulator.admin().documentsRecognisedMoreThanOnce()).isEqualTo(1);
        assertThat(emulator.admin().repeatRecognitions()).isEqualTo(2);
        assertThat(emulator.admin().stats().path("recognitions").path("distinctDocuments").asLong()).isEqualTo(3);
        assertThat(emulator.admin().duplicateBodies()).as("the retried body counts as a duplicate body")
                .isEqualTo(3);
    }

    @Test
    void quotaWindowsAreSetAndReadThroughTheAdminApi() {
        OcrTestClient client = new OcrTestClient(emulator.baseUrl());
        OcrTestClient.Answer answer = client.post("/_emulator/quota",
                "{\"perSecond\":5,\"perMinute\":120}".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(answer.json().path("perSecond").asInt()).isEqualTo(5);
        assertThat(answer.json().path("perMinute").asInt()).isEqualTo(120);
        emulator.admin().setQuota(7);
        assertThat(client.get("/_emulator/quota", Map.of()).json().path("perSecond").asInt())
                .as("setting the minute keeps the second").isEqualTo(5);
        assertThatThrownBy(() -> emulator.admin().setQuota(-1, 5)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resetClearsStatsAndRestoresConfiguredFaultsAndQuota() {
        emulator.admin().setQuota(1);
        emulator.admin().injectFault(FaultSpec.throttle());
        call("general-text", TestImages.png(40, 40));
        emulator.admin().reset();
        assertThat(emulator.admin().totalRequests()).isZero();
        assertThat(emulator.emulator().services().faults().faults())
                .containsExactly(FaultSpec.serverError().operation("vin"));
        assertThat(emulator.emulator().services().quota().perMinute()).isEqualTo(50);
        assertThat(emulator.emulator().services().quota().perSecond()).isZero();
        assertThat(call("vin", TestImages.png(40, 40)).status()).isEqualTo(500);
    }

    @Test
    void fixturesAnswerExactlyForTheirImage() {
        byte[] png = TestImages.png(77, 33);
        ObjectNode response = OcrTestClient.JSON.createObjectNode();
        ObjectNode result = response.putObject("result");
        result.put("direction", -1.0);
        result.put("words_block_count", 1);
        ObjectNode block = result.putArray("words_block_list").addObject();
        block.put("words", "FIXTURE TEXT");
        block.put("confidence", 0.99);
        assertThatThrownBy(() -> emulator.admin().putFixture(png, "general-text", response))
                .as("a block without location does not fit general-text")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("location");
        block.set("location", OcrTestClient.JSON.valueToTree(new int[][] {{1, 1}, {70, 1}, {70, 30}, {1, 30}}));
        block.putArray("char_list");
        emulator.admin().putFixture(png, "general-text", response);

        OcrTestClient.Answer answer = call("general-text", png);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("result").path("words_block_list").path(0).path("words").asText())
                .isEqualTo("FIXTURE TEXT");
        assertThat(call("general-text", TestImages.png(78, 33)).json().toString()).doesNotContain("FIXTURE TEXT");
        emulator.admin().clearFixtures();
        assertThat(call("general-text", png).json().toString()).doesNotContain("FIXTURE TEXT");
    }

    @Test
    void badAdminCallsAreRefusedWith400Or404() {
        OcrTestClient client = new OcrTestClient(emulator.baseUrl());
        OcrTestClient.Answer badFault = client.post("/_emulator/faults",
                "{\"type\":\"meteor\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(badFault.status()).isEqualTo(400);
        assertThat(client.post("/_emulator/fixtures", "{\"image\":\"AAAA\"}".getBytes(StandardCharsets.UTF_8),
                Map.of()).status()).isEqualTo(400);
        assertThat(client.get("/_emulator/nothing", Map.of()).status()).isEqualTo(404);
        assertThatThrownBy(() -> emulator.admin().setQuota(-1)).isInstanceOf(IllegalStateException.class);
        assertThat(emulator.admin().totalRequests()).as("admin calls are not counted").isZero();
    }

    @Test
    void faultSpecsTravelAsJson() {
        FaultSpec spec = FaultSpec.latency(java.time.Duration.ofMillis(5), java.time.Duration.ofMillis(9))
                .operation("seal").probability(0.5).nextCalls(3);
        assertThat(FaultSpec.fromJson(spec.toJson())).isEqualTo(spec);
        assertThat(FaultSpec.fromJson(OcrTestClient.JSON.createObjectNode().put("type", "truncated-body")))
                .isEqualTo(FaultSpec.truncatedBody());
    }
}
