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
package io.github.huaweiocr.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.admin.EmulatorAdminClient;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.examples.filetojms.FailureReport;
import io.github.huaweiocr.reliability.support.ArtemisBroker;
import io.github.huaweiocr.reliability.support.ExampleApp;
import io.github.huaweiocr.reliability.support.RunReport;
import io.github.huaweiocr.reliability.support.SecretScanner;
import io.github.huaweiocr.reliability.support.TestDocuments;

/**
 * The file-to-jms example as shipped (its executable jar, in its own JVM) against an emulator with 2 to 3 s of
 * latency and a persistent broker, both in this JVM: documents are dropped, the application is killed with SIGKILL
 * while documents are in flight (received by the emulator, not yet published), and started again on the same inbox and
 * broker. Every document
 * must end exactly once on {@code ocr.results} or {@code ocr.failed}.
 */
class ExampleCrashRestartTest {

    private static final int DOCUMENTS = Integer.getInteger("reliability.crash.files", 80);
    /** Where the example's inbox route puts the documents for its recognisers. */
    private static final String DOCUMENTS_QUEUE = "ocr.documents";
    private static final String RESULTS = "ocr.results";
    private static final String FAILED = "ocr.failed";

    @TempDir
    Path work;

    private HuaweiOcrEmulator emulator;
    private EmulatorAdminClient admin;
    private ArtemisBroker broker;
    private ExampleApp app;

    @BeforeEach
    void start() throws Exception {
        // Answers take 2 to 3 s while the example takes a file every 500 ms (its read lock): about five documents
        // are always between the inbox and the queue, so the kill lands on documents in flight.
        emulator = new HuaweiOcrEmulator(EmulatorConfig.builder().engine("synthetic")
                .fault(FaultSpec.latency(Duration.ofMillis(2000), Duration.ofMillis(3000))).build()).start();
        admin = new EmulatorAdminClient(emulator.baseUrl());
        broker = ArtemisBroker.start(work.resolve("broker"), DOCUMENTS_QUEUE, RESULTS,
                FAILED);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (broker != null) {
            broker.close();
        }
        if (emulator != null) {
            emulator.stop();
        }
    }

    @Test
    void aKilledApplicationRestartedOnTheSameStateLosesAndDuplicatesNothing() throws Exception {
        Path jar = ExampleApp.jar("reliability.example.jar", "file-to-jms");
        Path inbox = work.resolve("inbox");
        Files.createDirectories(inbox);
        app = new ExampleApp(jar, List.of(
                "--example.emulator.enabled=false",
                "--example.samples.enabled=false",
                "--example.data-dir=" + work.resolve("app-data"),
                "--example.inbox=" + inbox,
                "--camel.component.huaweiocr.endpoint=" + emulator.baseUrl(),
                "--camel.component.huaweiocr.region=" + emulator.region(),
                "--camel.component.huaweiocr.project-id=" + emulator.projectId(),
                "--spring.artemis.mode=native",
                "--spring.artemis.broker-url=" + broker.brokerUrl()),
                Map.of("CAMEL_COMPONENT_HUAWEIOCR_ACCESSKEY", emulator.accessKey(),
                        "CAMEL_COMPONENT_HUAWEIOCR_SECRETKEY", emulator.secretKey()),
                work.resolve("app.log"));
        for (int n = 0; n < DOCUMENTS; n++) {
            TestDocuments.drop(inbox, TestDocuments.name(n), TestDocuments.png(n));
        }

        long t0 = System.nanoTime();
        app.start();
        long killAt = Math.max(1, DOCUMENTS / 3);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> published() >= killAt && atEmulatorNotPublished() >= 2 || !app.isAlive());
        assertThat(app.isAlive()).as("the application runs until it is killed:\n%s", app.logText()).isTrue();
        long publishedAtKill = published();
        long inFlightAtKill = atEmulatorNotPublished();
        app.kill();
        long inboxAtKill = regularFiles(inbox).size();

        long killedAt = System.nanoTime();
        app.start();
        awaitQuiet(inbox);
        long drainedAt = System.nanoTime();
        app.stop();
        long stoppedAt = System.nanoTime();

        List<ArtemisBroker.Received> results = broker.drain(RESULTS);
        List<ArtemisBroker.Received> failed = broker.drain(FAILED);
        Map<String, Long> perName = Stream.concat(results.stream(), failed.stream())
                .map(m -> m.property(FailureReport.FILE_NAME))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Set<String> expected = new TreeSet<>();
        for (int n = 0; n < DOCUMENTS; n++) {
            expected.add(TestDocuments.name(n));
        }
        Set<String> lost = new TreeSet<>(expected);
        lost.removeAll(perName.keySet());
        Set<String> duplicated = perName.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        JsonNode stats = admin.stats();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("documents", DOCUMENTS);
        figures.put("publishedAtKill", publishedAtKill);
        figures.put("inboxAtKill", inboxAtKill);
        figures.put("requestedButNotPublishedAtKill", inFlightAtKill);
        figures.put("results", results.size());
        figures.put("failed", failed.size());
        figures.put("lost", lost.size());
        figures.put("lostNames", lost);
        figures.put("duplicated", duplicated.size());
        figures.put("duplicatedNames", duplicated);
        figures.put("ocrRequests", stats.path("byOperation").path("general-text").asLong());
        figures.put("duplicateBodiesAtEmulator", stats.path("duplicateBodies").asLong());
        figures.put("secondsUntilKill", Duration.ofNanos(killedAt - t0).toSeconds());
        figures.put("secondsFromRestartToLastMessage", Duration.ofNanos(drainedAt - killedAt).toSeconds());
        figures.put("secondsToStop", Duration.ofNanos(stoppedAt - drainedAt).toSeconds());
        RunReport.write("crash", figures);

        assertThat(publishedAtKill).as("killed in the middle of the run").isLessThan(DOCUMENTS);
        assertThat(duplicated).as("documents published twice").isEmpty();
        assertThat(lost).as("documents never published (%s); what the application logged about them:%n%s", figures,
                linesMentioning(app.logText(), lost)).isEmpty();
        assertThat(perName.keySet()).isEqualTo(expected);
        SecretScanner scanner = new SecretScanner().secret("secret key", emulator.secretKey());
        assertThat(scanner.find(app.logText())).as("secrets in the application's log").isEmpty();
    }

    /**
     * Waits until the inbox and the documents' queue are empty and nothing more has been published for a while: a
     * document leaves the inbox once it is queued, and is published once a recogniser has taken it off the queue.
     */
    private void awaitQuiet(Path inbox) {
        AtomicLong last = new AtomicLong(-1);
        AtomicLong stableSince = new AtomicLong(System.nanoTime());
        await().atMost(Duration.ofMinutes(Math.max(10, DOCUMENTS / 50))).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    long now = published();
                    if (now != last.getAndSet(now)) {
                        stableSince.set(System.nanoTime());
                    }
                    boolean settled = Duration.ofNanos(System.nanoTime() - stableSince.get()).toSeconds() >= 5;
                    return now >= DOCUMENTS || regularFiles(inbox).isEmpty()
                            && broker.messageCount(DOCUMENTS_QUEUE) == 0 && settled;
                });
    }

    private static String linesMentioning(String log, Set<String> names) {
        return log.lines().filter(line -> names.stream().anyMatch(line::contains))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    /** Documents the emulator has received and the queues have not: in flight inside the application. */
    private long atEmulatorNotPublished() {
        return admin.requests("general-text") - published();
    }

    private long published() {
        return broker.messageCount(RESULTS) + broker.messageCount(FAILED);
    }

    private static List<Path> regularFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
        }
    }
}
