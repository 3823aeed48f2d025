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
package io.github.huaweiocr.camel;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.huaweiocr.camel.result.OcrResultMap;
import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Routes against the emulator over HTTP: inputs, outputs, headers and per-message overrides. */
class HuaweiOcrProducerTest extends CamelTestSupport {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("huaweiocr:generalText?endpoint=" + emulator.baseUrl() + "&projectId="
                                     + emulator.projectId() + "&accessKey=RAW(" + emulator.accessKey()
                                     + ")&secretKey=RAW(" + emulator.secretKey() + ")&outputType=JSON");
                from("direct:map").to(EmulatorUris.akSk(emulator, "generalText", ""))
                        .setHeader("asString").simple("${bodyAs(String)}");
            }
        };
    }

    @Test
    void generalTextRouteReturnsTheEmulatorsJson() throws Exception {
        byte[] image = TestImages.png(200, 60);
        ObjectNode response = fixture(image, "HELLO", 0.97, "WORLD", 0.88);

        String json = template.requestBody("direct:in", image, String.class);

        assertThat(JSON.readTree(json)).isEqualTo(response.get("result"));
        assertThat(emulator.admin().requests("general-text")).isEqualTo(1);
    }

    @Test
    void customTemplateAnswersItsTemplateIdInAHeaderNotInTheBody() {
        byte[] image = TestImages.png(260, 90); // no fixture: the emulator's own answer

        Exchange out = template.request("direct:map", e -> {
            e.getMessage().setBody(image);
            e.getMessage().setHeader(HuaweiOcrConstants.OPERATION, "customTemplate");
            e.getMessage().setHeader(HuaweiOcrConstants.PARAMETERS, Map.of("template_id", "receipt-2024"));
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.TEMPLATE_ID)).isEqualTo("receipt-2024");
        assertThat(out.getMessage().getBody(Map.class)).containsKeys("name", "amount").doesNotContainKey("template_id");
        assertThat(emulator.admin().requests("custom-template")).isEqualTo(1);
    }

    @Test
    void anotherOperationRemovesAStaleTemplateIdHeader() {
        byte[] image = TestImages.png(260, 90);

        Exchange out = template.request("direct:map", e -> {
            e.getMessage().setBody(image);
            e.getMessage().setHeader(HuaweiOcrConstants.TEMPLATE_ID, "from-an-earlier-call");
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeaders()).doesNotContainKey(HuaweiOcrConstants.TEMPLATE_ID);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(1);
    }

    @Test
    void readsEveryKindOfBody() throws Exception {
        byte[] image = TestImages.png(120, 40);
        fixture(image, "BODY", 0.9);
        Path path = Files.write(dir.resolve("doc.png"), image);
        File file = path.toFile();
        List<Object> bodies = List.of(image, new ByteArrayInputStream(image), file, path, ByteBuffer.wrap(image),
                Base64.getEncoder().encodeToString(image));
        for (Object body : bodies) {
            Exchange out = template.request("direct:map", e -> e.getMessage().setBody(body));
            assertThat(out.getException()).as(body.getClass().getName()).isNull();
            assertThat(out.getMessage().getBody(Map.class)).as(body.getClass().getName())
                    .containsEntry("words_block_count", 1);
        }
        assertThat(emulator.admin().requests("general-text")).isEqualTo(bodies.size());
    }

    @Test
    void readsACamelFileMessage() throws Exception {
        byte[] image = TestImages.png(150, 50);
        fixture(image, "FILE", 0.9);
        Files.write(dir.resolve("in.png"), image);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + dir + "?noop=true&include=.*\\.png").to(EmulatorUris.akSk(emulator, "generalText",
                        "&outputType=TEXT")).to("mock:file");
            }
        });
        getMockEndpoint("mock:file").expectedBodiesReceived("FILE");
        getMockEndpoint("mock:file").assertIsSatisfied();
    }

    @Test
    void sendsUrlsForHttpStringsUrlAndUriBodiesAndTheImageUrlHeader() throws Exception {
        // The emulator downloads URLs itself; a host it may not fetch answers ModelArts.4601/4603, which still proves
        // the call carried a url field and no image.
        String url = emulator.baseUrl() + "/nothing-here.png";
        for (Object body : List.of(url, URI.create(url), URI.create(url).toURL())) {
            Exchange out = template.request("direct:map", e -> e.getMessage().setBody(body));
            assertThat(out.getException()).isNotNull();
            assertThat(out.getException().getMessage()).contains("ModelArts.46");
        }
        Exchange viaHeader = template.request("direct:map", e -> {
            e.getMessage().setBody(TestImages.png(50, 50));
            e.getMessage().setHeader(HuaweiOcrConstants.IMAGE_URL, url);
        });
        assertThat(viaHeader.getException().getMessage()).contains("ModelArts.46");
        assertThat(emulator.admin().requests("general-text")).isEqualTo(4);
    }

    @Test
    void everyOutputTypeAndTheResultHeaders() throws Exception {
        byte[] image = TestImages.png(200, 60);
        ObjectNode response = fixture(image, "HELLO", 0.97, "WORLD", 0.88);

        Exchange map = template.request("direct:map", e -> e.getMessage().setBody(image));
        assertThat(map.getMessage().getBody()).isInstanceOf(OcrResultMap.class);
        assertThat(JSON.readTree(map.getMessage().getHeader("asString", String.class))).isEqualTo(response.get("result"));
        assertThat(map.getMessage().getHeader(HuaweiOcrConstants.REQUEST_ID, String.class)).isNotBlank();
        assertThat(map.getMessage().getHeader(HuaweiOcrConstants.OPERATION)).isEqualTo("generalText");
        assertThat(map.getMessage().getHeader(HuaweiOcrConstants.ATTEMPTS)).isEqualTo(1);
        assertThat(map.getMessage().getHeader(HuaweiOcrConstants.MIN_CONFIDENCE)).isEqualTo(0.88);
        assertThat(map.getMessage().getHeader(HuaweiOcrConstants.IMAGE_FORMAT)).isEqualTo("PNG");

        Object node = template.requestBody(EmulatorUris.akSk(emulator, "generalText", "&outputType=NODE"), image);
        assertThat(node).isInstanceOf(JsonNode.class).isEqualTo(response.get("result"));
        assertThat(context.getTypeConverter().convertTo(String.class, node)).isEqualTo(response.get("result").toString());

        Object text = template.requestBody(EmulatorUris.akSk(emulator, "generalText", "&outputType=TEXT"), image);
        assertThat(text).isEqualTo("HELLO\nWORLD");

        Object json = template.requestBody(EmulatorUris.akSk(emulator, "generalText", "&outputType=JSON"), image);
        assertThat(json).isInstanceOf(String.class);
        assertThat(JSON.readTree((String) json)).isEqualTo(response.get("result"));
    }

    @Test
    void arrayResultsBecomeLists() {
        Object body = template.requestBody(EmulatorUris.akSk(emulator, "licensePlate", ""), TestImages.png(200, 60));
        assertThat(body).isInstanceOf(List.class);
        assertThat(context.getTypeConverter().convertTo(String.class, body)).startsWith("[");
    }

    @Test
    void operationHeaderOverridesTheEndpointsOperation() {
        Exchange out = template.request("direct:map", e -> {
            e.getMessage().setBody(TestImages.png(200, 60));
            e.getMessage().setHeader(HuaweiOcrConstants.OPERATION, "webImage");
        });
        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.OPERATION)).isEqualTo("webImage");
        assertThat(emulator.admin().requests("web-image")).isEqualTo(1);
        assertThat(emulator.admin().requests("general-text")).isZero();
    }

    @Test
    void parametersHeaderAddsAndOverridesRequestFields() {
        String uri = EmulatorUris.akSk(emulator, "generalText", "&param.detect_direction=false");
        Exchange out = template.request(uri, e -> {
            e.getMessage().setBody(TestImages.png(200, 60));
            e.getMessage().setHeader(HuaweiOcrConstants.PARAMETERS, Map.of("detect_direction", true));
        });
        assertThat(out.getException()).isNull();
        // With detect_direction=false the API reports direction -1; the header turned it on.
        assertThat(out.getMessage().getBody(Map.class).get("direction")).isNotEqualTo(-1.0);
        Exchange withoutHeader = template.request(uri, e -> e.getMessage().setBody(TestImages.png(200, 60)));
        assertThat(((Number) withoutHeader.getMessage().getBody(Map.class).get("direction")).doubleValue()).isEqualTo(-1.0);
    }

    @Test
    void invoiceVerificationTakesItsFieldsFromAMapBodyOrJsonOrParams() {
        String uri = EmulatorUris.akSk(emulator, "invoiceVerification", "&param.code=011001900111");
        Exchange map = template.request(uri, e -> e.getMessage().setBody(Map.of("number", "12345678",
                "issue_date", "2024-01-15", "check_code", "123456")));
        assertThat(map.getException()).isNull();
        Exchange json = template.request(uri, e -> e.getMessage().setBody(
                "{\"number\":\"12345678\",\"issue_date\":\"2024-01-15\",\"subtotal_amount\":\"88.00\"}"));
        assertThat(json.getException()).isNull();
        assertThat(emulator.admin().requests("invoice-verification")).isEqualTo(2);
    }

    @Test
    void tokenModeRouteWorks() {
        byte[] image = TestImages.png(200, 60);
        fixture(image, "TOKEN", 0.99);
        Object text = template.requestBody(EmulatorUris.token(emulator, "generalText", "&outputType=TEXT"), image);
        assertThat(text).isEqualTo("TOKEN");
    }

    @Test
    void tokenModeRouteSurvivesTokenExpiry() {
        byte[] image = TestImages.png(200, 60);
        fixture(image, "AGAIN", 0.99);
        String uri = EmulatorUris.token(emulator, "generalText", "&outputType=TEXT");
        assertThat(template.requestBody(uri, image)).isEqualTo("AGAIN");

        emulator.admin().expireAllTokens();

        Exchange out = template.request(uri, e -> e.getMessage().setBody(image));
        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isEqualTo("AGAIN");
        assertThat(emulator.admin().responses(200)).isEqualTo(2);
    }

    @Test
    void endpointReportsItsServiceLocationWithoutSecrets() {
        HuaweiOcrEndpoint endpoint = context.getEndpoint(EmulatorUris.akSk(emulator, "idCard", ""), HuaweiOcrEndpoint.class);
        assertThat(endpoint.getServiceUrl()).isEqualTo(emulator.baseUrl());
        assertThat(endpoint.getServiceProtocol()).isEqualTo("http");
        assertThat(endpoint.getServiceMetadata()).containsEntry("operation", "id-card")
                .containsEntry("projectId", emulator.projectId()).doesNotContainValue(emulator.secretKey());
        assertThat(endpoint.toString()).doesNotContain(emulator.secretKey());
    }

    /** Makes the emulator answer these lines for this image, and returns the answer. */
    private static ObjectNode fixture(byte[] image, Object... wordsAndConfidences) {
        ObjectNode response = JSON.createObjectNode();
        ObjectNode result = response.putObject("result");
        result.put("direction", -1);
        result.put("words_block_count", wordsAndConfidences.length / 2);
        var blocks = result.putArray("words_block_list");
        for (int i = 0; i < wordsAndConfidences.length; i += 2) {
            ObjectNode block = blocks.addObject();
            block.put("words", (String) wordsAndConfidences[i]);
            var location = block.putArray("location");
            location.addArray().add(0).add(0);
            location.addArray().add(10).add(0);
            location.addArray().add(10).add(10);
            location.addArray().add(0).add(10);
            block.put("confidence", (Double) wordsAndConfidences[i + 1]);
            block.putArray("char_list");
        }
        emulator.admin().putFixture(image, response);
        return response;
    }
}
