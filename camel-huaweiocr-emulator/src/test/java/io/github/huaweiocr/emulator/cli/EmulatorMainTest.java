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
package io.github.huaweiocr.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.emulator.admin.EmulatorAdminClient;
import io.github.huaweiocr.emulator.support.OcrTestClient;
import io.github.huaweiocr.emulator.support.TestImages;
import picocli.CommandLine;

/** The command line, run in this JVM: settings, the ready line, serving, and a clean stop. */
class EmulatorMainTest {

    private static final class Run implements AutoCloseable {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final EmulatorMain main = new EmulatorMain(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        final CompletableFuture<Integer> exit;

        Run(String... args) {
            CommandLine line = new CommandLine(main);
            exit = CompletableFuture.supplyAsync(() -> line.execute(args));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> output().contains(EmulatorMain.READY_PREFIX));
        }

        synchronized String output() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        String baseUrl() {
            String line = output().lines().filter(l -> l.startsWith(EmulatorMain.READY_PREFIX)).findFirst().orElseThrow();
            return line.substring(EmulatorMain.READY_PREFIX.length());
        }

        @Override
        public void close() {
            main.shutdown();
            assertThat(exit.join()).isZero();
        }
    }

    @Test
    void printsSettingsThenOneReadyLineAndServesSignedCalls() {
        String projectId = "abcdefabcdefabcdefabcdefabcdef12";
        try (Run run = new Run("--port", "0", "--engine", "synthetic", "--project-id", projectId,
                "--access-key", "CLIACCESSKEY", "--secret-key", "cli-secret-key-value", "--quota-per-minute", "1",
                "--quota-per-second", "3")) {
            String output = run.output();
            assertThat(output).contains("region           cn-north-4", "project id       " + projectId,
                    "access key       CLIACCESSKEY", "quota per second 3", "quota per minute 1");
            assertThat(output).doesNotContain("cli-secret-key-value");
            assertThat(output.lines().filter(l -> l.startsWith(EmulatorMain.READY_PREFIX))).hasSize(1);
            assertThat(run.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");

            OcrTestClient client = new OcrTestClient(run.baseUrl());
            byte[] body = ("{\"image\":\"" + TestImages.base64Png(40, 40) + "\"}").getBytes(StandardCharsets.UTF_8);
            String path = "/v2/" + projectId + "/ocr/general-text";
            assertThat(client.postSigned(path, body, "CLIACCESSKEY", "cli-secret-key-value").status()).isEqualTo(200);
            assertThat(client.postSigned(path, body, "CLIACCESSKEY", "cli-secret-key-value").errorCode())
                    .isEqualTo("APIG.0308");
        }
    }

    @Test
    void tlsServesHttpsWithASelfSignedCertificate() {
        try (Run run = new Run("--port", "0", "--engine", "synthetic", "--tls")) {
            assertThat(run.baseUrl()).startsWith("https://127.0.0.1:");
            EmulatorAdminClient admin = new EmulatorAdminClient(run.baseUrl());
            assertThat(admin.totalRequests()).isZero();
        }
    }

    @Test
    void stopReleasesThePort() throws Exception {
        int port;
        try (Run run = new Run("--port", "0", "--engine", "synthetic")) {
            port = Integer.parseInt(run.baseUrl().substring(run.baseUrl().lastIndexOf(':') + 1));
        }
        try (java.net.ServerSocket socket = new java.net.ServerSocket(port, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void faultsAndTemporaryCredentialsGivenAtStartApply() {
        try (Run run = new Run("--port", "0", "--engine", "synthetic", "--project-id",
                "abcdefabcdefabcdefabcdefabcdef12", "--fault", "{\"type\":\"backend_timeout\",\"operation\":\"vin\"}",
                "--temporary-credentials", "TMPAK:tmp-secret:sts:token")) {
            assertThat(run.output()).contains("temporary AK     TMPAK").doesNotContain("tmp-secret", "sts:token");
            OcrTestClient.Answer answer = new OcrTestClient(run.baseUrl()).postSigned(
                    "/v2/abcdefabcdefabcdefabcdefabcdef12/ocr/vin",
                    ("{\"image\":\"" + TestImages.base64Png(40, 40) + "\"}").getBytes(StandardCharsets.UTF_8),
                    "EMULATORACCESSKEY0001", "EmulatorSecretKey0000000000000000000000001");
            assertThat(answer.status()).isEqualTo(504);
            assertThat(answer.errorCode()).isEqualTo("APIG.0201");
            OcrTestClient.Answer temporary = new OcrTestClient(run.baseUrl()).postSigned(
                    "/v2/abcdefabcdefabcdefabcdefabcdef12/ocr/general-text",
                    ("{\"image\":\"" + TestImages.base64Png(40, 40) + "\"}").getBytes(StandardCharsets.UTF_8),
                    "TMPAK", "tmp-secret", java.time.Instant.now(), java.util.Map.of("X-Security-Token", "sts:token"));
            assertThat(temporary.status()).isEqualTo(200);
        }
    }

    @Test
    void rejectsAnUnknownEngine() {
        int code = new CommandLine(new EmulatorMain(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8))).execute("--engine", "tesseract");
        assertThat(code).isNotZero();
    }
}
