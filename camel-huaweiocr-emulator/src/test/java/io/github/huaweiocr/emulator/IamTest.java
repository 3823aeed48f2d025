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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import io.github.huaweiocr.emulator.support.IamTestCalls;
import io.github.huaweiocr.emulator.support.OcrTestClient;
import io.github.huaweiocr.emulator.support.RawHttp;

/** The IAM calls: password tokens with project or domain scope, and the project list. */
class IamTest {

    private static final String PROJECT_ID = "0123456789abcdef0123456789abcdef";

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension()
            .configure(b -> b.projectId(PROJECT_ID).region("cn-east-3").user("alice").password("s3cret!")
                    .domain("acme"));

    private OcrTestClient client() {
        return new OcrTestClient(emulator.baseUrl());
    }

    private OcrTestClient.Answer tokenRequest(String query, byte[] body) {
        return client().post("/v3/auth/tokens" + query, body, Map.of("Content-Type", "application/json;charset=utf8"));
    }

    @Test
    void projectScopedTokenByNameHasTheTokenInXSubjectTokenAndADayOfLife() throws Exception {
        byte[] body = IamTestCalls.passwordBody("alice", "s3cret!", "acme", IamTestCalls.projectScope("name", "cn-east-3"));
        OcrTestClient.Answer answer = tokenRequest("", body);
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.headers().firstValue("X-Subject-Token")).hasValueSatisfying(t -> assertThat(t).startsWith("MII"));
        JsonNode token = answer.json().path("token");
        assertThat(token.path("project").path("id").asText()).isEqualTo(PROJECT_ID);
        assertThat(token.path("project").path("name").asText()).isEqualTo("cn-east-3");
        assertThat(token.path("project").path("domain").path("name").asText()).isEqualTo("acme");
        assertThat(token.path("user").path("name").asText()).isEqualTo("alice");
        assertThat(token.path("methods").toString()).isEqualTo("[\"password\"]");
        assertThat(token.path("catalog").isArray()).isTrue();
        assertThat(token.path("catalog").toString()).contains(emulator.baseUrl());
        Instant issued = Instant.parse(token.path("issued_at").asText());
        Instant expires = Instant.parse(token.path("expires_at").asText());
        assertThat(Duration.between(issued, expires)).isEqualTo(Duration.ofHours(24));
        assertThat(answer.json().toString()).doesNotContain("s3cret!");

        RawHttp.RawResponse raw = RawHttp.exchange("127.0.0.1", emulator.emulator().port(), "POST", "/v3/auth/tokens",
                Map.of("Content-Type", "application/json"), body);
        assertThat(raw.headerBlock()).containsPattern("(?m)^X-Subject-Token: MII");
    }

    @Test
    void projectScopeByIdAndNoCatalog() {
        OcrTestClient.Answer answer = tokenRequest("?nocatalog=true",
                IamTestCalls.passwordBody("alice", "s3cret!", "acme", IamTestCalls.projectScope("id", PROJECT_ID)));
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().path("token").has("catalog")).isFalse();
        assertThat(answer.json().path("token").path("project").path("name").asText()).isEqualTo("cn-east-3");
        String token = answer.headers().firstValue("X-Subject-Token").orElseThrow();
        OcrTestClient.Answer ocr = client().post("/v2/" + PROJECT_ID + "/ocr/invoice-verification",
                "{\"code\":\"1\",\"number\":\"2\",\"issue_date\":\"2024-01-01\"}".getBytes(),
                Map.of("X-Auth-Token", token));
        assertThat(ocr.status()).isEqualTo(200);
    }

    @Test
    void wrongCredentialsAre401WithAnErrorBody() {
        for (byte[] body : new byte[][] {
            IamTestCalls.passwordBody("alice", "wrong", "acme", IamTestCalls.projectScope("name", "cn-east-3")),
            IamTestCalls.passwordBody("bob", "s3cret!", "acme", IamTestCalls.projectScope("name", "cn-east-3")),
            IamTestCalls.passwordBody("alice", "s3cret!", "other", IamTestCalls.projectScope("name", "cn-east-3"))}) {
            OcrTestClient.Answer answer = tokenRequest("", body);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json().path("error").path("code").asInt()).isEqualTo(401);
            assertThat(answer.json().path("error").path("message").asText()).isEqualTo("The username or password is wrong.");
            assertThat(answer.headers().firstValue("X-Subject-Token")).isEmpty();
        }
    }

    @Test
    void unknownProjectAndMalformedBodiesAre400() {
        assertThat(tokenRequest("", IamTestCalls.passwordBody("alice", "s3cret!", "acme",
                IamTestCalls.projectScope("name", "mars-1"))).status()).isEqualTo(400);
        assertThat(tokenRequest("", "{\"auth\":".getBytes()).status()).isEqualTo(400);
        assertThat(tokenRequest("", "{\"auth\":{\"identity\":{\"methods\":[\"token\"]}}}".getBytes()).status())
                .isEqualTo(400);
    }

    @Test
    void domainScopedTokenHasNoProject() {
        OcrTestClient.Answer answer = tokenRequest("", IamTestCalls.passwordBody("alice", "s3cret!", "acme",
                IamTestCalls.domainScope("acme")));
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().path("token").has("project")).isFalse();
        assertThat(answer.json().path("token").path("domain").path("name").asText()).isEqualTo("acme");
    }

    @Test
    void projectsAreListedByNameForTokensAndSignatures() {
        String token = IamTestCalls.token(client(), "alice", "s3cret!", "acme", IamTestCalls.domainScope("acme"));
        OcrTestClient.Answer byToken = client().get("/v3/projects?name=cn-east-3", Map.of("X-Auth-Token", token));
        assertThat(byToken.status()).isEqualTo(200);
        assertThat(byToken.json().path("projects")).hasSize(1);
        assertThat(byToken.json().path("projects").path(0).path("id").asText()).isEqualTo(PROJECT_ID);
        assertThat(byToken.json().path("projects").path(0).path("enabled").asBoolean()).isTrue();

        OcrTestClient.Answer bySignature = client().getSigned("/v3/projects?name=cn-east-3", emulator.accessKey(),
                emulator.secretKey());
        assertThat(bySignature.status()).isEqualTo(200);
        assertThat(bySignature.json().path("projects").path(0).path("id").asText()).isEqualTo(PROJECT_ID);

        assertThat(client().get("/v3/projects?name=nowhere-1", Map.of("X-Auth-Token", token)).json()
                .path("projects")).isEmpty();
        assertThat(client().get("/v3/projects", Map.of("X-Auth-Token", token)).json().path("projects").size())
                .isGreaterThan(1);
        OcrTestClient.Answer anonymous = client().get("/v3/projects?name=cn-east-3", Map.of());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.errorCode()).isEqualTo("APIG.0301");
    }
}
