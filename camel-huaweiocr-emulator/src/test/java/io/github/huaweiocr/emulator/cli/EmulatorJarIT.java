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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.emulator.support.OcrTestClient;
import io.github.huaweiocr.emulator.support.TestImages;

/** The shaded jar, started with {@code java -jar} as README says, serves signed calls and stops on SIGTERM. */
class EmulatorJarIT {

    private static final String PROJECT_ID = "0123456789abcdef0123456789abcdef";

    @Test
    void runnableJarStartsServesAndStopsOnSigterm() throws Exception {
        Path jar = Path.of("target", "camel-huaweiocr-emulator.jar");
        assertThat(jar).exists();
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(javaBinary, "-jar", jar.toString(), "--port", "0", "--engine", "synthetic",
                "--project-id", PROJECT_ID).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(lines::add);
            } catch (IOException e) {
                lines.add("reader failed: " + e);
            }
        });
        try {
            Awaitility.await().atMost(Duration.ofSeconds(90))
                    .until(() -> lines.stream().anyMatch(l -> l.startsWith(EmulatorMain.READY_PREFIX)));
            String baseUrl = lines.stream().filter(l -> l.startsWith(EmulatorMain.READY_PREFIX)).findFirst()
                    .orElseThrow().substring(EmulatorMain.READY_PREFIX.length());
            assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+");

            OcrTestClient.Answer answer = new OcrTestClient(baseUrl).postSigned(
                    "/v2/" + PROJECT_ID + "/ocr/general-text",
                    ("{\"image\":\"" + TestImages.base64Png(60, 40) + "\"}").getBytes(StandardCharsets.UTF_8),
                    "EMULATORACCESSKEY0001", "EmulatorSecretKey0000000000000000000000001");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("result").path("words_block_list").isArray()).isTrue();
        } finally {
            process.destroy();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        assertThat(String.join("\n", lines)).doesNotContain("Exception");
        assertThat(Files.exists(jar)).isTrue();
    }
}
