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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import io.github.huaweiocr.emulator.support.IamTestCalls;
import io.github.huaweiocr.emulator.support.OcrTestClient;
import io.github.huaweiocr.emulator.support.TestImages;

/** Every error the emulator answers with, provoked over HTTP: code, exact message, HTTP status, request id. */
class ErrorCodesTest {

    static final TemporaryCredentials TEMPORARY =
            new TemporaryCredentials("EMULATORTEMPORARYAK01", "temporary-secret-key-0001", "sts-token-0001");

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension()
            .configure(b -> b.unsubscribe("vin").temporaryCredentials(TEMPORARY).lockout(3, Duration.ofMinutes(5)));

    private OcrTestClient client() {
        return new OcrTestClient(emulator.baseUrl());
    }

    private String path(String segment) {
        return "/v2/" + emulator.projectId() + "/ocr/" + segment;
    }

    private OcrTestClient.Answer signed(String segment, String body) {
        return client().postSigned(path(segment), body.getBytes(StandardCharsets.UTF_8), emulator.accessKey(),
                emulator.secretKey());
    }

    private static void assertError(OcrTestClient.Answer answer, int status, String code, String message) {
        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(status);
        assertThat(answer.errorCode()).isEqualTo(code);
        assertThat(answer.errorMsg()).isEqualTo(message);
        String requestId = answer.headers().firstValue("X-Request-Id").orElseThrow();
        if (code.startsWith("APIG.")) {
            assertThat(answer.json().path("request_id").asText()).isEqualTo(requestId);
        } else {
            assertThat(answer.json().has("request_id")).isFalse();
        }
    }

    private static String image(int width, int height) {
        return "{\"image\":\"" + TestImages.base64Png(width, height) + "\"}";
    }

    private String token(ObjectNode scope) {
        return IamTestCalls.token(client(), emulator.username(), emulator.password(), emulator.domainName(), scope);
    }

    @Test
    void unknownPathsMethodsAndSegmentsAreApig0101() {
        String message = "The API does not exist or has not been published in the environment.";
        assertError(signed("no-such-ocr", image(40, 40)), 404, "APIG.0101", message);
        assertError(client().postSigned("/v2/ocr/general-text", image(40, 40).getBytes(StandardCharsets.UTF_8),
                emulator.accessKey(), emulator.secretKey()), 404, "APIG.0101", message);
        assertError(client().get(path("general-text"), Map.of()), 404, "APIG.0101", message);
        assertError(signed("General-Text", image(40, 40)), 404, "APIG.0101", message);
    }

    @Test
    void bodyAboveTheGatewayCapIsApig0201With413() {
        String huge = "{\"image\":\"" + "A".repeat(12 * 1024 * 1024 + 16) + "\"}";
        assertError(signed("general-text", huge), 413, "APIG.0201", "Request entity too large.");
    }

    @Test
    void base64AboveTenMegabytesIsModelArts4104() {
        String large = "{\"image\":\"" + "A".repeat(10 * 1024 * 1024 + 4) + "\"}";
        assertError(signed("general-text", large), 400, "ModelArts.4104", "Invalid Request Content Length.");
    }

    @Test
    void malformedJsonIsModelArts4105() {
        String message = "The JSON format of the input data is incorrect.";
        assertError(signed("general-text", "{\"image\":"), 400, "ModelArts.4105", message);
        assertError(signed("general-text", "[1,2]"), 400, "ModelArts.4105", message);
        assertError(signed("general-text", ""), 400, "ModelArts.4105", message);
    }

    @Test
    void parameterProblemsAreAis0101() {
        String message = "The input parameter is invalid.";
        String png = TestImages.base64Png(40, 40);
        assertError(signed("general-text", "{\"image\":\"" + png + "\",\"url\":\"http://127.0.0.1/x.png\"}"), 400,
                "AIS.0101", message);
        assertError(signed("general-text", "{\"detect_direction\":true}"), 400, "AIS.0101", message);
        assertError(signed("general-text", "{\"image\":\"" + png + "\",\"detect_direction\":\"true\"}"), 400,
                "AIS.0101", message);
        assertError(signed("general-text", "{\"image\":\"" + png + "\",\"no_such_option\":1}"), 400, "AIS.0101",
                message);
        assertError(signed("seal", "{\"image\":\"" + png + "\"}"), 400, "AIS.0101", message);
        assertError(signed("general-text", "{\"image\":\"" + png + "\",\"pdf_page_number\":1.5}"), 400, "AIS.0101",
                message);
        assertError(signed("web-image", "{\"image\":\"" + png + "\",\"extract_type\":[1]}"), 400, "AIS.0101",
                message);
        assertError(signed("invoice-verification", "{\"code\":\"1\",\"number\":\"2\"}"), 400, "AIS.0101", message);
        assertError(signed("invoice-verification", "{\"code\":\"1\",\"number\":2,\"issue_date\":\"2024-01-01\"}"),
                400, "AIS.0101", message);
    }

    @Test
    void undecodableOrUnsupportedImagesAreAis0102() {
        String message = "The image format is not supported.";
        assertError(signed("general-text", "{\"image\":\"not base64!\"}"), 400, "AIS.0102", message);
        assertError(signed("general-text", "{\"image\":\"data:image/png;base64," + TestImages.base64Png(40, 40)
                + "\"}"), 400, "AIS.0102", message);
        String text = Base64.getEncoder().encodeToString("just some text".getBytes(StandardCharsets.UTF_8));
        assertError(signed("general-text", "{\"image\":\"" + text + "\"}"), 400, "AIS.0102", message);
        String gif = Base64.getEncoder().encodeToString(TestImages.image("gif", 40, 40));
        assertError(signed("id-card", "{\"image\":\"" + gif + "\"}"), 400, "AIS.0102", message);
        assertThat(signed("general-text", "{\"image\":\"" + gif + "\"}").status()).isEqualTo(200);
    }

    @Test
    void imagesOutsideTheOperationsPixelLimitsAreAis0103() {
        String message = "The image size does not meet the requirements.";
        assertError(signed("general-text", image(14, 200)), 400, "AIS.0103", message);
        assertError(signed("driver-license", image(99, 300)), 400, "AIS.0103", message);
        assertError(signed("license-plate", image(4097, 20)), 400, "AIS.0103", message);
        assertThat(signed("handwriting", image(8, 40)).status()).isEqualTo(200);
        assertThat(signed("license-plate", image(4096, 20)).status()).isEqualTo(200);
    }

    @Test
    void unsubscribedOperationIsModelArts4204NamingTheApi() {
        assertError(signed("vin", image(40, 40)), 400, "ModelArts.4204",
                "Request api error! The API vin is not subscribed.");
    }

    @Test
    void missingTokenGarbageTokenAndExpiredTokenAreApig0301Variants() {
        String prefix = "Incorrect IAM authentication information: ";
        byte[] body = image(40, 40).getBytes(StandardCharsets.UTF_8);
        assertError(client().post(path("general-text"), body, Map.of()), 401, "APIG.0301",
                prefix + "x-auth-token not found");
        assertError(client().post(path("general-text"), body, Map.of("X-Auth-Token", "MIIgarbage")), 401,
                "APIG.0301", prefix + "decrypt token fail");
        String token = token(IamTestCalls.projectScope("name", emulator.region()));
        assertThat(client().post(path("general-text"), body, Map.of("X-Auth-Token", token)).status()).isEqualTo(200);
        emulator.admin().expireAllTokens();
        OcrTestClient.Answer expired = client().post(path("general-text"), body, Map.of("X-Auth-Token", token));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorCode()).isEqualTo("APIG.0301");
        assertThat(expired.errorMsg()).matches("Incorrect IAM authentication information: token expires, "
                + "expires_at: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
    }

    @Test
    void tokenOfAnotherRegionIsApig0307() {
        String token = token(IamTestCalls.projectScope("name", "cn-east-3"));
        assertError(client().post(path("general-text"), image(40, 40).getBytes(StandardCharsets.UTF_8),
                Map.of("X-Auth-Token", token)), 401, "APIG.0307", "The token must be updated.");
    }

    @Test
    void domainScopedTokenIsModelArts0212() {
        String token = token(IamTestCalls.domainScope(emulator.domainName()));
        assertError(client().post(path("general-text"), image(40, 40).getBytes(StandardCharsets.UTF_8),
                Map.of("X-Auth-Token", token)), 401, "ModelArts.0212",
                "Invalid Token header. The Token not contain project item.");
    }

    @Test
    void signedCallToAnotherProjectIsModelArts4203() {
        OcrTestClient.Answer answer = client().postSigned("/v2/0123456789abcdef0123456789abcdef/ocr/general-text",
                image(40, 40).getBytes(StandardCharsets.UTF_8), emulator.accessKey(), emulator.secretKey());
        assertError(answer, 403, "ModelArts.4203", "Access denied! You do not have permission.");
    }

    @Test
    void unknownAccessKeyIsApig0301NamingTheKey() {
        OcrTestClient.Answer answer = client().postSigned(path("general-text"),
                image(40, 40).getBytes(StandardCharsets.UTF_8), "UNKNOWNAK", "whatever");
        assertError(answer, 401, "APIG.0301",
                "Incorrect IAM authentication information: Get secretKey failed,ak:UNKNOWNAK,err:ak not exist");
    }

    @Test
    void clockSkewBeyondFifteenMinutesIsRefused() {
        OcrTestClient.Answer answer = client().postSigned(path("general-text"),
                image(40, 40).getBytes(StandardCharsets.UTF_8), emulator.accessKey(), emulator.secretKey(),
                Instant.now().minus(Duration.ofMinutes(16)), Map.of());
        assertError(answer, 401, "APIG.0301",
                "Incorrect IAM authentication information: verify aksk signature fail, signature expired");
        OcrTestClient.Answer within = client().postSigned(path("general-text"),
                image(40, 40).getBytes(StandardCharsets.UTF_8), emulator.accessKey(), emulator.secretKey(),
                Instant.now().plus(Duration.ofMinutes(14)), Map.of());
        assertThat(within.status()).isEqualTo(200);
    }

    @Test
    void consecutiveFailuresLockTheAccessKeyEvenForCorrectSignatures() {
        byte[] body = image(40, 40).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            assertThat(client().postSigned(path("general-text"), body, emulator.accessKey(), "wrong").status())
                    .isEqualTo(401);
        }
        assertError(client().postSigned(path("general-text"), body, emulator.accessKey(), emulator.secretKey()), 401,
                "APIG.0301", "Incorrect IAM authentication information: AK access failed to reach the limit,forbidden");
        emulator.admin().reset();
        assertThat(client().postSigned(path("general-text"), body, emulator.accessKey(), emulator.secretKey())
                .status()).isEqualTo(200);
    }

    @Test
    void successResetsTheFailureCount() {
        byte[] body = image(40, 40).getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 2; i++) {
                client().postSigned(path("general-text"), body, emulator.accessKey(), "wrong");
            }
            assertThat(client().postSigned(path("general-text"), body, emulator.accessKey(), emulator.secretKey())
                    .status()).isEqualTo(200);
        }
    }

    @Test
    void temporaryCredentialsNeedTheirSecurityToken() {
        byte[] body = image(40, 40).getBytes(StandardCharsets.UTF_8);
        OcrTestClient.Answer ok = client().postSigned(path("general-text"), body, TEMPORARY.accessKey(),
                TEMPORARY.secretKey(), Instant.now(), Map.of("X-Security-Token", TEMPORARY.securityToken()));
        assertThat(ok.status()).isEqualTo(200);
        assertError(client().postSigned(path("general-text"), body, TEMPORARY.accessKey(), TEMPORARY.secretKey(),
                Instant.now(), Map.of()), 401, "APIG.0301",
                "Incorrect IAM authentication information: verify aksk signature fail, invalid security token");
    }

    @Test
    void quotaBeyondTheLimitIsApig0308With429() {
        emulator.admin().setQuota(2);
        for (int i = 0; i < 2; i++) {
            assertThat(signed("general-text", image(40, 40)).status()).isEqualTo(200);
        }
        assertError(signed("general-text", image(40, 40)), 429, "APIG.0308",
                "The throttling threshold has been reached: policy user over ratelimit,limit:2,time:1 minute");
        assertThat(signed("web-image", image(40, 40)).status()).as("the quota is per operation").isEqualTo(200);
        assertThat(emulator.admin().errors("APIG.0308")).isEqualTo(1);
    }

    @Test
    void perSecondQuotaAnswersApig0308NamingTheSecondWindow() {
        emulator.admin().setQuota(1, 0);
        OcrTestClient.Answer refused = null;
        // one call per second is admitted; a few calls in a row meet the window unless each took a second
        for (int i = 0; i < 10 && refused == null; i++) {
            OcrTestClient.Answer answer = signed("general-text", image(40, 40));
            if (answer.status() != 200) {
                refused = answer;
            }
        }
        assertThat(refused).isNotNull();
        assertError(refused, 429, "APIG.0308",
                "The throttling threshold has been reached: policy user over ratelimit,limit:1,time:1 second");
    }
}
