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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import io.github.huaweiocr.emulator.support.OcrTestClient;
import io.github.huaweiocr.emulator.support.RawHttp;
import io.github.huaweiocr.emulator.support.TestImages;
import io.github.huaweiocr.emulator.support.TestSigner;

/**
 * Randomly shaped requests signed by the tests' own signer must all be accepted over HTTP, and the same requests with
 * one byte changed after signing must all be refused.
 */
class SignatureOverHttpTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension()
            .configure(b -> b.lockout(1000, java.time.Duration.ofMinutes(5)));

    private static final String[] EXTRA_NAMES = {"User-Agent", "X-Project-Id", "Enterprise-Project-Id",
        "Content-Type", "X-Custom-Trace", "Accept"};

    private record Signed(String target, Map<String, String> headers, byte[] body) {
    }

    private Signed randomRequest(Random random, String secretKey) {
        int port = emulator.emulator().port();
        String host = (random.nextBoolean() ? "127.0.0.1" : "localhost") + ":" + port;
        StringBuilder query = new StringBuilder();
        int params = random.nextInt(4);
        for (int i = 0; i < params; i++) {
            query.append(i == 0 ? "" : "&").append(randomToken(random)).append('=').append(randomToken(random));
        }
        String path = "/v2/" + emulator.projectId() + "/ocr/general-text";
        String target = path + (query.length() > 0 ? "?" + query : "");
        String spaces = " ".repeat(random.nextInt(3));
        String body = "{" + spaces + "\"image\"" + spaces + ":" + spaces + "\"" + TestImages.base64Png(20 + random.nextInt(60),
                20 + random.nextInt(60)) + "\"" + (random.nextBoolean() ? ",\"detect_direction\":" + random.nextBoolean() : "")
                + spaces + "}";
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("Host", host);
        signed.put("X-Sdk-Date", OcrTestClient.sdkDate(Instant.now().minusSeconds(random.nextInt(600))));
        for (String name : EXTRA_NAMES) {
            if (random.nextBoolean()) {
                signed.put(name, (random.nextBoolean() ? " " : "") + "value-" + randomToken(random)
                        + (random.nextBoolean() ? "  " : ""));
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create("http://" + host + target);
        Map<String, String> sent = new LinkedHashMap<>(signed);
        sent.put("Authorization", TestSigner.authorization(emulator.accessKey(), secretKey, "POST", uri, signed, bytes));
        if (random.nextBoolean()) {
            sent.put("X-Unsigned-Noise", randomToken(random));
        }
        return new Signed(target, sent, bytes);
    }

    private static String randomToken(Random random) {
        String alphabet = "abcXYZ019-_.~ %/+*";
        StringBuilder token = new StringBuilder();
        int length = 1 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            token.append(c == ' ' ? "%20" : c == '%' ? "%25" : c == '/' ? "%2F" : c == '+' ? "%2B" : String.valueOf(c));
        }
        return token.toString();
    }

    private RawHttp.RawResponse send(Signed request) throws Exception {
        return RawHttp.exchange("127.0.0.1", emulator.emulator().port(), "POST", request.target(), request.headers(),
                request.body());
    }

    @Test
    void acceptsRandomlyShapedRequestsSignedIndependently() throws Exception {
        Random random = new Random(20261121);
        for (int i = 0; i < 40; i++) {
            Signed request = randomRequest(random, emulator.secretKey());
            RawHttp.RawResponse response = send(request);
            assertThat(response.status()).as("request %d: %s -> %s", i, request.headers(), response.bodyText())
                    .isEqualTo(200);
        }
    }

    @Test
    void refusesTheSameRequestsWhenAnythingSignedChanges() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Signed request = randomRequest(random, emulator.secretKey());
            Signed tampered = switch (i % 3) {
                case 0 -> new Signed(request.target(), request.headers(), tamper(request.body()));
                case 1 -> new Signed(request.target().replace("general-text", "general-text") + (request.target()
                        .contains("?") ? "&extra=1" : "?extra=1"), request.headers(), request.body());
                default -> {
                    Map<String, String> headers = new LinkedHashMap<>(request.headers());
                    headers.put("X-Sdk-Date", OcrTestClient.sdkDate(Instant.now().plusSeconds(1 + random.nextInt(60))));
                    yield new Signed(request.target(), headers, request.body());
                }
            };
            RawHttp.RawResponse response = send(tampered);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.bodyText()).contains("\"error_code\":\"APIG.0301\"")
                    .contains("Incorrect IAM authentication information: verify aksk signature fail");
        }
    }

    @Test
    void refusesAWrongSecretKeyWith401AndTheGatewayMessage() {
        OcrTestClient.Answer answer = new OcrTestClient(emulator.baseUrl()).postSigned(
                "/v2/" + emulator.projectId() + "/ocr/general-text",
                ("{\"image\":\"" + TestImages.base64Png(40, 40) + "\"}").getBytes(StandardCharsets.UTF_8),
                emulator.accessKey(), emulator.secretKey() + "x");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorCode()).isEqualTo("APIG.0301");
        assertThat(answer.errorMsg()).startsWith("Incorrect IAM authentication information: verify aksk signature fail");
        assertThat(answer.json().path("request_id").asText()).isEqualTo(answer.headers()
                .firstValue("X-Request-Id").orElseThrow());
    }

    private static byte[] tamper(byte[] body) {
        byte[] copy = body.clone();
        copy[copy.length - 1] = (byte) (copy[copy.length - 1] == '}' ? ' ' : '}');
        return copy;
    }
}
