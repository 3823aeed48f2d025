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
package io.github.huaweiocr.compat.boot4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.examples.filetojms.FailureReport;
import io.github.huaweiocr.examples.filetojms.FileToJmsApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file-to-jms example, unchanged, on Spring Boot 4 and Camel 4.22: its own application class (the inbox's
 * leadership, the JMS transaction manager, {@code FileToJmsRoutes}) and its own {@code application.properties} (the
 * only one on this module's class path), with
 * camel-jms 4.22, Boot 4's embedded Artemis and the example's embedded emulator (synthetic engine). Images and a file
 * that is not an image dropped into the inbox each come out once: on {@code ocr.results}, or on {@code ocr.failed}
 * with the error.
 */
@SpringBootTest(classes = FileToJmsApplication.class, properties = {
        "example.samples.enabled=false",
        "example.emulator.engine=synthetic",
        "spring.artemis.embedded.persistent=false",
        "spring.jms.template.receive-timeout=60s"})
class FileToJmsOnBoot4Test {

    /** The camel-master version the pom takes while 4.22.0 cannot be had here. */
    private static final String CAMEL_MASTER_STAND_IN = "4.18.0";
    private static final Path DATA_DIR = createDataDir();
    private static final List<String> IMAGES = List.of("invoice-1.png", "invoice-2.png", "receipt.png");
    private static final String NOT_AN_IMAGE = "notes.png";

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("example.data-dir", DATA_DIR::toString);
    }

    @Autowired
    private JmsTemplate jms;

    @Autowired
    private HuaweiOcrEmulator emulator;

    @Autowired
    private CamelContext camelContext;

    @Test
    void everyFileDroppedEndsOnceOnTheResultsOrTheFailedQueue() throws Exception {
        for (String image : IMAGES) {
            drop(image, TestImages.png());
        }
        drop(NOT_AN_IMAGE, "this is not an image".getBytes(StandardCharsets.UTF_8));

        List<String> recognised = new ArrayList<>();
        for (int i = 0; i < IMAGES.size(); i++) {
            TextMessage result = (TextMessage) jms.receive("ocr.results");
            assertThat(result).as("result %d of %d", i + 1, IMAGES.size()).isNotNull();
            assertThat(result.getText()).contains("words_block_list");
            recognised.add(result.getStringProperty(FailureReport.FILE_NAME));
        }
        Message failed = jms.receive("ocr.failed");

        assertThat(recognised).containsExactlyInAnyOrderElementsOf(IMAGES);
        assertThat(failed).isInstanceOf(TextMessage.class);
        assertThat(failed.getStringProperty(FailureReport.FILE_NAME)).isEqualTo(NOT_AN_IMAGE);
        assertThat(failed.getStringProperty(FailureReport.ERROR_CODE)).isEqualTo("INVALID_INPUT");
        assertThat(failed.getStringProperty(FailureReport.ERROR_MESSAGE)).isNotBlank();
        assertThat(((TextMessage) failed).getText()).contains("\"fileName\":\"" + NOT_AN_IMAGE + "\"");
        // Nothing more on either queue, and one call per image: the file that is not an image was refused before
        // any call.
        assertThat(receiveNoWait("ocr.results")).isNull();
        assertThat(receiveNoWait("ocr.failed")).isNull();
        assertThat(emulator.services().stats().toJson().path("byOperation").path("general-text").asLong())
                .isEqualTo(IMAGES.size());
    }

    @Test
    void runsOnCamel422AndSpringBoot4() {
        Map<String, String> camelJars = CamelJars.versions(getClass().getClassLoader());

        assertThat(camelJars).containsKeys("camel-jms", "camel-jms-starter", "camel-file", "camel-master",
                "camel-spring", "camel-spring-boot");
        // camel-master 4.22.0 is not served here; 4.18.0 stands in for the inbox's leadership (docs/compatibility.md).
        // Every other Camel jar must be 4.22.0.
        assertThat(camelJars).allSatisfy((artifact, version) -> assertThat(version).as(artifact)
                .isEqualTo(artifact.equals("camel-master") ? CAMEL_MASTER_STAND_IN : "4.22.0"));
        assertThat(camelContext.getVersion()).isEqualTo("4.22.0");
        assertThat(camelContext.getName()).as("camel.main.name from the example's properties").isEqualTo("file-to-jms");
        assertThat(SpringBootVersion.getVersion()).startsWith("4.");
        assertThat(camelContext.getRoute("inbox-to-queue")).isNotNull();
        assertThat(camelContext.getRoute("queue-to-ocr")).isNotNull();
    }

    private Message receiveNoWait(String queue) throws JMSException {
        JmsTemplate noWait = new JmsTemplate(jms.getConnectionFactory());
        noWait.setReceiveTimeout(JmsTemplate.RECEIVE_TIMEOUT_NO_WAIT);
        return noWait.receive(queue);
    }

    /** Written under a hidden name and renamed, as the example asks of whoever fills its inbox. */
    private static void drop(String name, byte[] content) throws IOException {
        Path inbox = DATA_DIR.resolve("inbox");
        Files.createDirectories(inbox);
        Path hidden = inbox.resolve("." + name);
        Files.write(hidden, content);
        Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("file-to-jms-boot4");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
