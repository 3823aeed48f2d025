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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationCatalog;
import io.github.huaweiocr.emulator.catalog.OperationSpec;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import io.github.huaweiocr.emulator.support.OcrTestClient;
import io.github.huaweiocr.emulator.support.RawHttp;
import io.github.huaweiocr.emulator.support.TestImages;
import io.github.huaweiocr.emulator.support.TestSigner;

class OcrOperationsTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    private static final ExecutorService POOL = Executors.newFixedThreadPool(40);

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    private OcrTestClient client() {
        return new OcrTestClient(emulator.baseUrl());
    }

    private String path(String segment) {
        return "/v2/" + emulator.projectId() + "/ocr/" + segment;
    }

    static ObjectNode validBody(OperationSpec operation) {
        ObjectNode body = OcrTestClient.JSON.createObjectNode();
        if (operation.takesImage()) {
            body.put(operation.imageField(), TestImages.base64Png(240, 160));
        } else {
            body.put("code", "011001900111");
            body.put("number", "12345678");
            body.put("issue_date", "2024-05-01");
        }
        return body;
    }

    @Test
    void everyOperationOfTheCatalogueAnswersWithAResultOfItsShape() {
        for (OperationSpec operation : OperationCatalog.standard().all()) {
            OcrTestClient.Answer answer = client().postSigned(path(operation.segment()),
                    OcrTestClient.json(validBody(operation)), emulator.accessKey(), emulator.secretKey());
            assertThat(answer.status()).as(operation.segment()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
            JsonNode result = answer.json().path("result");
            assertThat(result.isArray()).as(operation.segment()).isEqualTo(operation.arrayResult());
            assertThat(result.isContainerNode()).as(operation.segment()).isTrue();
            assertThat(answer.json().has("error_code")).isFalse();
        }
        assertThat(emulator.admin().totalRequests()).isEqualTo(52);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(1);
    }

    @Test
    void answersManyConcurrentCallsWithDistinctRequestIds() {
        byte[] body = OcrTestClient.json(validBody(OperationCatalog.standard().bySegment("web-image").orElseThrow()));
        OcrTestClient shared = client();
        List<CompletableFuture<OcrTestClient.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> shared.postSigned(path("web-image"), body,
                    emulator.accessKey(), emulator.secretKey()), POOL));
        }
        Set<String> requestIds = new HashSet<>();
        for (CompletableFuture<OcrTestClient.Answer> call : calls) {
            OcrTestClient.Answer answer = call.join();
            assertThat(answer.status()).isEqualTo(200);
            requestIds.add(answer.headers().firstValue("X-Request-Id").orElseThrow());
        }
        assertThat(requestIds).hasSize(120);
        assertThat(emulator.admin().requests("web-image")).isEqualTo(120);
        assertThat(emulator.admin().duplicateBodies()).isEqualTo(119);
    }

    @Test
    void requestIdHeaderIsSpelledExactlyAsTheSdkReadsIt() throws Exception {
        byte[] body = OcrTestClient.json(validBody(OperationCatalog.standard().bySegment("general-text").orElseThrow()));
        java.net.URI uri = java.net.URI.create(emulator.baseUrl() + path("general-text"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", uri.getAuthority());
        headers.put("X-Sdk-Date", OcrTestClient.sdkDate(Instant.now()));
        headers.put("Content-Type", "application/json;charset=UTF-8");
        String authorization = TestSigner.authorization(emulator.accessKey(), emulator.secretKey(), "POST", uri,
                Map.of("Host", uri.getAuthority(), "X-Sdk-Date", headers.get("X-Sdk-Date")), body);
        headers.put("Authorization", authorization);

        RawHttp.RawResponse response = RawHttp.exchange("127.0.0.1", emulator.emulator().port(), "POST",
                uri.getRawPath(), headers, body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headerBlock()).containsPattern("(?m)^X-Request-Id: [0-9a-f]{32}\r?$");
        assertThat(response.headerBlock()).contains("Content-Type: application/json;charset=UTF-8");
        assertThat(response.bodyText()).startsWith("{\"result\":");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("error_code");
    }
}
