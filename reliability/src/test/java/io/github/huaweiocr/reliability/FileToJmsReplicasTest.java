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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.admin.EmulatorAdminClient;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.junit.LocalPostgres;
import io.github.huaweiocr.reliability.support.ArtemisBroker;
import io.github.huaweiocr.reliability.support.ExampleApp;
import io.github.huaweiocr.reliability.support.RunReport;
import io.github.huaweiocr.reliability.support.SecretScanner;
import io.github.huaweiocr.reliability.support.TestDocuments;

/**
 * Three replicas of the file-to-jms example as shipped (its jar, three JVMs of 256 MB) on one inbox folder and one
 * persistent Artemis broker, against one emulator with a per-second quota below what the replicas offer; the replicas
 * are told the quota and share it in a PostgreSQL database ({@code example.quota-store.url}), with the default retry
 * settings. Half the
 * documents are dropped, the replica holding the inbox's leadership is killed with SIGKILL while documents are in
 * flight, and the other half is dropped: another replica must take the leadership and poll the inbox, the documents
 * the dead one held must be recognised by the others, and every document must end exactly once on {@code ocr.results}
 * or {@code ocr.failed}. The documents paid for twice (the emulator counts recognitions per document) must be at most
 * those the broker had handed to a consumer without an acknowledgement at the kill.
 */
class FileToJmsReplicasTest {

    private static final int DOCUMENTS = Integer.getInteger("reliability.replicas.files", 60);
    private static final int REPLICAS = 3;
    private static final int QUOTA_PER_SECOND = 5;
    private static final String DOCUMENTS_QUEUE = "ocr.documents";
    private static final String RESULTS = "ocr.results";
    private static final String FAILED = "ocr.failed";

    @TempDir
    Path work;

    private HuaweiOcrEmulator emulator;
    private EmulatorAdminClient admin;
    private ArtemisBroker broker;
    private LocalPostgres quotaDatabase;
    private final List<ExampleApp> replicas = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        // 4 recognisers per replica, answers in 1 to 2 s: about 8 calls a second offered to a quota of 5.
        emulator = new HuaweiOcrEmulator(EmulatorConfig.builder().engine("synthetic").quotaPerSecond(QUOTA_PER_SECOND)
                .fault(FaultSpec.latency(Duration.ofMillis(1000), Duration.ofMillis(2000))).build()).start();
        admin = new EmulatorAdminClient(emulator.baseUrl());
        broker = ArtemisBroker.start(work.resolve("broker"), DOCUMENTS_QUEUE, RESULTS, FAILED);
        quotaDatabase = LocalPostgres.start();
    }

    @AfterEach
    void stop() throws Exception {
        ExampleApp.stopAndKeepLogs(replicas, "replicas-file-to-jms");
        if (broker != null) {
            broker.close();
        }
        if (emulator != null) {
            emulator.stop();
        }
        if (quotaDatabase != null) {
            quotaDatabase.close();
        }
    }

    @Test
    void aKilledLeaderLosesNothingAndNoDocumentIsPublishedTwice() throws Exception {
        Path jar = ExampleApp.jar("reliability.example.jar", "file-to-jms");
        Path inbox = work.resolve("inbox");
        Files.createDirectories(inbox);
        for (int r = 0; r < REPLICAS; r++) {
            replicas.add(new ExampleApp(jar, List.of(
                    "--example.replica.name=replica-" + r,
                    "--example.emulator.enabled=false",
                    "--example.samples.enabled=false",
                    "--example.data-dir=" + work.resolve("replica-" + r),
                    "--example.inbox=" + inbox,
                    "--example.cluster.acquire-interval=2s",
                    "--camel.component.huaweiocr.endpoint=" + emulator.baseUrl(),
                    "--camel.component.huaweiocr.region=" + emulator.region(),
                    "--camel.component.huaweiocr.project-id=" + emulator.projectId(),
                    // told the quota, sharing it in a PostgreSQL database: the broker cannot hold a token bucket
                    "--camel.component.huaweiocr.quota-per-second=" + QUOTA_PER_SECOND,
                    "--example.quota-store.url=" + quotaDatabase.jdbcUrl(),
                    "--example.quota-store.username=postgres",
                    "--spring.artemis.mode=native",
                    // no prefetch: a busy replica does not hold documents the others could take
                    "--spring.artemis.broker-url=" + broker.brokerUrl() + "?consumerWindowSize=0"),
                    Map.of("CAMEL_COMPONENT_HUAWEIOCR_ACCESSKEY", emulator.accessKey(),
                            "CAMEL_COMPONENT_HUAWEIOCR_SECRETKEY", emulator.secretKey()),
                    work.resolve("replica-" + r + ".log"), ExampleApp.REPLICA_JVM_OPTIONS));
        }
        int firstHalf = DOCUMENTS / 2;
        for (int n = 0; n < firstHalf; n++) {
            TestDocuments.drop(inbox, TestDocuments.name(n), TestDocuments.png(n));
        }

        long t0 = System.nanoTime();
        for (ExampleApp replica : replicas) {
            replica.start();
        }
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofMillis(250)).until(() ->
                replicas.stream().allMatch(r -> started(r) || !r.isAlive()));
        assertThat(replicas).as("every replica starts").allMatch(ExampleApp::isAlive);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() ->
                published() >= firstHalf / 3 && broker.deliveringCount(DOCUMENTS_QUEUE) >= 2);
        ExampleApp leader = replicas.stream().filter(r -> queuedLines(r) > 0).findFirst().orElseThrow();
        long publishedAtKill = published();
        long deliveringAtKill = broker.deliveringCount(DOCUMENTS_QUEUE);
        long queuedAtKill = broker.messagesAdded(DOCUMENTS_QUEUE);
        leader.kill();
        long killedAt = System.nanoTime();

        for (int n = firstHalf; n < DOCUMENTS; n++) {
            TestDocuments.drop(inbox, TestDocuments.name(n), TestDocuments.png(n));
        }
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> broker.messagesAdded(DOCUMENTS_QUEUE) > queuedAtKill);
        long leaderTakenOverAt = System.nanoTime();
        awaitQuiet();
        long drainedAt = System.nanoTime();
        for (ExampleApp replica : replicas) {
            replica.stop();
        }

        List<ArtemisBroker.Received> results = broker.drain(RESULTS);
        List<ArtemisBroker.Received> failed = broker.drain(FAILED);
        List<ArtemisBroker.Received> all = Stream.concat(results.stream(), failed.stream()).toList();
        Map<String, Long> perName = all.stream().map(m -> m.property("ocrFileName"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Set<String> expected = new TreeSet<>();
        for (int n = 0; n < DOCUMENTS; n++) {
            expected.add(TestDocuments.name(n));
        }
        Set<String> lost = new TreeSet<>(expected);
        lost.removeAll(perName.keySet());
        Set<String> duplicated = perName.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        long redelivered = all.stream().filter(m -> "true".equals(m.property("ocrRedelivered"))).count();
        Map<String, Long> perReplica = all.stream().map(m -> String.valueOf(m.property("ocrReplica")))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("replicas", REPLICAS);
        figures.put("documents", DOCUMENTS);
        figures.put("quotaPerSecond", QUOTA_PER_SECOND);
        figures.put("killed", "replica-" + replicas.indexOf(leader));
        figures.put("publishedAtKill", publishedAtKill);
        figures.put("deliveredUnacknowledgedAtKill", deliveringAtKill);
        figures.put("results", results.size());
        figures.put("failed", failed.size());
        figures.put("failedCodes", failed.stream().map(m -> m.property("ocrErrorCode"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        figures.put("publishedByReplica", perReplica);
        figures.put("lost", lost.size());
        figures.put("lostNames", lost);
        figures.put("publishedTwice", duplicated.size());
        figures.put("publishedTwiceNames", duplicated);
        figures.put("redeliveredAfterTheKill", redelivered);
        figures.put("sharedQuotaRows", sharedQuotaRows());
        figures.put("ocrRequests", admin.requests("general-text"));
        figures.put("answered429", admin.errors("APIG.0308"));
        figures.put("recognitions", admin.recognitions());
        figures.put("documentsPaidTwice", admin.documentsRecognisedMoreThanOnce());
        figures.put("recognitionsBeyondOnePerDocument", admin.repeatRecognitions());
        figures.put("secondsUntilKill", Duration.ofNanos(killedAt - t0).toMillis() / 1000.0);
        figures.put("secondsFromKillToNewLeaderQueuing", Duration.ofNanos(leaderTakenOverAt - killedAt).toMillis()
                / 1000.0);
        figures.put("secondsFromKillToLastMessage", Duration.ofNanos(drainedAt - killedAt).toMillis() / 1000.0);
        RunReport.write("replicas-file-to-jms", figures);
        System.out.println("[replicas] file-to-jms " + figures);

        assertThat(publishedAtKill).as("killed in the middle of the run").isLessThan(DOCUMENTS);
        assertThat(duplicated).as("documents published twice (%s)", figures).isEmpty();
        assertThat(lost).as("documents never published (%s)", figures).isEmpty();
        assertThat(perName.keySet()).isEqualTo(expected);
        assertThat(sharedQuotaRows()).as("the replicas' shared quota in the database").isEqualTo(1);
        assertThat(admin.repeatRecognitions()).as("recognitions beyond one per document (%s)", figures)
                .isLessThanOrEqualTo(redelivered);
        SecretScanner scanner = new SecretScanner().secret("secret key", emulator.secretKey());
        for (ExampleApp replica : replicas) {
            assertThat(scanner.find(replica.logText())).as("secrets in a replica's log").isEmpty();
        }
    }

    /** Waits until every document is published, or nothing more has been published for a while. */
    private void awaitQuiet() {
        AtomicLong last = new AtomicLong(-1);
        AtomicLong stableSince = new AtomicLong(System.nanoTime());
        await().atMost(Duration.ofMinutes(Math.max(5, DOCUMENTS / 50))).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    long now = published();
                    if (now != last.getAndSet(now)) {
                        stableSince.set(System.nanoTime());
                    }
                    return now >= DOCUMENTS
                            || Duration.ofNanos(System.nanoTime() - stableSince.get()).toSeconds() >= 30;
                });
    }

    private long sharedQuotaRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(quotaDatabase.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from huaweiocr_quota")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long published() {
        return broker.messageCount(RESULTS) + broker.messageCount(FAILED);
    }

    private static boolean started(ExampleApp replica) {
        return logLines(replica).anyMatch(line -> line.contains("Started FileToJmsApplication"));
    }

    private static long queuedLines(ExampleApp replica) {
        return logLines(replica).filter(line -> line.contains("Queued ")).count();
    }

    private static Stream<String> logLines(ExampleApp replica) {
        try {
            return replica.logText().lines();
        } catch (java.io.IOException e) {
            return Stream.empty();
        }
    }
}
