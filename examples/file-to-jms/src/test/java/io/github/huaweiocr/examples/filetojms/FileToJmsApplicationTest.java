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
package io.github.huaweiocr.examples.filetojms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.huaweiocr.emulator.HuaweiOcrEmulator;

/**
 * The whole example in one JVM, as it runs by default: files dropped into the inbox are put on the documents' queue
 * by the file consumer (this replica is the only one, so it holds the inbox's leadership), recognised by the
 * emulator's RapidOCR engine through the huaweiocr component, and published on the embedded Artemis broker.
 */
@SpringBootTest(classes = FileToJmsApplication.class, properties = {
        "example.samples.enabled=false",
        "example.emulator.engine=rapidocr",
        "spring.artemis.embedded.persistent=false",
        "spring.jms.template.receive-timeout=90s"})
class FileToJmsApplicationTest {

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("example.data-dir", DATA_DIR::toString);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("file-to-jms-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    private JmsTemplate jms;

    @Autowired
    private HuaweiOcrEmulator emulator;

    private final Path inbox = DATA_DIR.resolve("inbox");

    @Test
    void publishesTheRecognisedTextOfAnImageAndSkipsItWhenDroppedAgain() throws Exception {
        FileTime modified = FileTime.fromMillis(1_700_000_000_000L);
        drop("english-text.png", read("documents/english-text.png"), modified);

        TextMessage result = (TextMessage) jms.receive("ocr.results");

        assertThat(result).isNotNull();
        assertThat(result.getStringProperty(FailureReport.FILE_NAME)).isEqualTo("english-text.png");
        assertThat(RecognisedText.lines(result.getText())).contains("Apache Camel meets Huawei Cloud OCR");
        Path done = inbox.resolve(".done/english-text.png");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(done));

        // The same file again (same name, size and modification time): the broker keeps one copy of a document, so
        // it is not recognised nor published again. A different document dropped after it is, which shows the
        // recognisers had their turn at anything queued before it.
        Files.delete(done);
        drop("english-text.png", read("documents/english-text.png"), modified);
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(done));
        drop("english-text-again.png", read("documents/english-text.png"), modified);
        TextMessage next = (TextMessage) jms.receive("ocr.results");
        assertThat(next.getStringProperty(FailureReport.FILE_NAME)).isEqualTo("english-text-again.png");
        JmsTemplate noWait = new JmsTemplate(jms.getConnectionFactory());
        noWait.setReceiveTimeout(JmsTemplate.RECEIVE_TIMEOUT_NO_WAIT);
        assertThat(noWait.receive("ocr.results")).isNull();
        assertThat(emulator.services().stats().toJson().path("byOperation").path("general-text").asLong())
                .isEqualTo(2);
    }

    @Test
    void sendsADocumentThatCannotBeRecognisedToTheFailedQueue() throws Exception {
        drop("broken.png", "this is not an image".getBytes(StandardCharsets.UTF_8), FileTime.fromMillis(0));

        Message failed = jms.receive("ocr.failed");

        assertThat(failed).isInstanceOf(TextMessage.class);
        assertThat(failed.getStringProperty(FailureReport.FILE_NAME)).isEqualTo("broken.png");
        assertThat(failed.getStringProperty(FailureReport.ERROR_CODE)).isEqualTo("INVALID_INPUT");
        assertThat(failed.getStringProperty(FailureReport.ERROR_MESSAGE)).isNotBlank();
        assertThat(((TextMessage) failed).getText()).contains("\"fileName\":\"broken.png\"")
                .contains("\"errorCode\":\"INVALID_INPUT\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(inbox.resolve(".done/broken.png")));
    }

    /** Written under a hidden name and renamed, as a well-behaved producer of files would. */
    private void drop(String name, byte[] content, FileTime modified) throws IOException {
        Files.createDirectories(inbox);
        Path hidden = inbox.resolve("." + name);
        Files.write(hidden, content);
        Files.setLastModifiedTime(hidden, modified);
        Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = FileToJmsApplicationTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
