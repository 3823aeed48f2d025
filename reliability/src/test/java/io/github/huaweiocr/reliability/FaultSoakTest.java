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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.spring.spi.SpringTransactionPolicy;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.JmsTransactionManager;

import io.github.huaweiocr.camel.HuaweiOcrComponent;
import io.github.huaweiocr.camel.HuaweiOcrConfiguration;
import io.github.huaweiocr.camel.auth.AuthMode;
import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.admin.EmulatorAdminClient;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.examples.filetojms.FailureReport;
import io.github.huaweiocr.examples.filetojms.FileToJmsRoutes;
import io.github.huaweiocr.examples.support.ReplicaProperties;
import io.github.huaweiocr.reliability.support.ArtemisBroker;
import io.github.huaweiocr.reliability.support.LogCapture;
import io.github.huaweiocr.reliability.support.ResourceSnapshot;
import io.github.huaweiocr.reliability.support.RunReport;
import io.github.huaweiocr.reliability.support.SecretScanner;
import io.github.huaweiocr.reliability.support.TestDocuments;

/**
 * The file-to-jms example's own routes ({@link FileToJmsRoutes}: a {@code master:} inbox poller queueing the files,
 * transacted consumers recognising them and publishing each result or failure in the transaction that takes the
 * document off the queue), in this JVM, with the component in IAM token mode against an emulator that throttles 10 % of the calls
 * (APIG.0308), answers 3 % with 5xx (504 APIG.0201 and a 500 that is not JSON), resets 1 % of the connections and
 * cuts 1 % of the answers short, and that expires every IAM token half way through. Every document (1,000 here,
 * {@code -Psoak}: 20,000; plus a few that are not images) must end exactly once, on {@code ocr.results} or on
 * {@code ocr.failed} with its error; the emulator must have seen each document's body and no request that the
 * pipeline did not account for; and the JVM must get back its threads and file descriptors.
 */
class FaultSoakTest {

    /** The example's queues, as its application.properties names them. */
    private static final String DOCUMENTS_QUEUE = "ocr.documents";
    private static final String RESULTS = "ocr.results";
    private static final String FAILED = "ocr.failed";
    /**
     * Consumers of the documents' queue ({@code example.recognisers}). Each waits for its document's answer, retries
     * and their back-off included, so a soak with 10 % throttling needs more of them than the example's 4 to keep
     * the component busy.
     */
    private static final int RECOGNISERS = 16;

    private static final int DOCUMENTS = Integer.getInteger("reliability.soak.files", 1000);
    /** Files that are not images: rejected locally, so the failure path runs in every build. */
    private static final int NOT_IMAGES = 5;
    private static final int WARM_UP_DOCUMENTS = 20;
    private static final int THREAD_TOLERANCE = 4;
    private static final long FD_TOLERANCE = 8;

    @TempDir
    static Path work;

    private static HuaweiOcrEmulator emulator;
    private static EmulatorAdminClient admin;
    private static ArtemisBroker broker;
    private static final String REQUEST_TIMEOUT = "within the request timeout";
    private static final String STALLED_ANSWER = "after it started (responseIdleTimeout)";
    private static LogCapture logs;

    @BeforeAll
    static void startInfrastructure() throws Exception {
        emulator = new HuaweiOcrEmulator(EmulatorConfig.builder()
                .engine("synthetic")
                .seed(20_261_121L)
                .fault(FaultSpec.throttle().probability(0.10))
                .fault(FaultSpec.backendTimeout().probability(0.015))
                .fault(FaultSpec.serverError().probability(0.015))
                .fault(FaultSpec.connectionReset().probability(0.01))
                .fault(FaultSpec.truncatedBody().probability(0.01))
                .build()).start();
        admin = new EmulatorAdminClient(emulator.baseUrl());
        broker = ArtemisBroker.start(work.resolve("broker"), DOCUMENTS_QUEUE, RESULTS, FAILED);
        logs = LogCapture.attach(new SecretScanner()
                .secret("password", emulator.password())
                .secret("secret key", emulator.secretKey()))
                .counting(REQUEST_TIMEOUT).counting(STALLED_ANSWER);
    }

    @AfterAll
    static void stopInfrastructure() throws Exception {
        if (logs != null) {
            logs.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (emulator != null) {
            emulator.stop();
        }
    }

    @Test
    void everyDocumentEndsExactlyOnceUnderFaultsAndATokenExpiryWithNothingLeaked() throws Exception {
        // A first, small run loads every class, jar and shared event loop, so that what remains after the measured
        // run can only be what that run leaked.
        runPipeline(work.resolve("warm-up"), 1_000_000, WARM_UP_DOCUMENTS, 0, null);
        broker.drain(RESULTS);
        broker.drain(FAILED);
        admin.reset();
        ResourceSnapshot before = settledSnapshot();

        Path inbox = work.resolve("inbox");
        AtomicBoolean tokensExpired = new AtomicBoolean();
        long started = System.nanoTime();
        runPipeline(inbox, 0, DOCUMENTS, NOT_IMAGES, () -> {
            if (!tokensExpired.get() && broker.messageCount(RESULTS) >= DOCUMENTS / 2) {
                admin.expireAllTokens();
                tokensExpired.set(true);
            }
        });
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        ResourceSnapshot after = awaitResourcesBackTo(before);
        List<ArtemisBroker.Received> results = broker.drain(RESULTS);
        List<ArtemisBroker.Received> failed = broker.drain(FAILED);
        JsonNode stats = admin.stats();

        // Each file name exactly once over both queues.
        List<String> names = Stream.concat(results.stream(), failed.stream())
                .map(m -> m.property(FailureReport.FILE_NAME)).toList();
        Map<String, Long> perName = names.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        Set<String> duplicated = new TreeSet<>();
        perName.forEach((name, count) -> {
            if (count > 1) {
                duplicated.add(name);
            }
        });
        Set<String> expected = new TreeSet<>();
        for (int n = 0; n < DOCUMENTS; n++) {
            expected.add(TestDocuments.name(n));
        }
        for (int n = 0; n < NOT_IMAGES; n++) {
            expected.add(notImageName(n));
        }
        Set<String> lost = new TreeSet<>(expected);
        lost.removeAll(perName.keySet());
        assertThat(duplicated).as("documents published twice").isEmpty();
        assertThat(lost).as("documents never published").isEmpty();
        assertThat(perName.keySet()).isEqualTo(expected);

        // Every failure carries its error; the files that are not images fail locally, before any request.
        assertThat(failed).allSatisfy(m -> {
            assertThat(m.property(FailureReport.ERROR_CODE)).isNotBlank();
            assertThat(m.property(FailureReport.ERROR_MESSAGE)).isNotBlank();
        });
        assertThat(failed).filteredOn(m -> m.property(FailureReport.FILE_NAME).startsWith("not-an-image"))
                .hasSize(NOT_IMAGES)
                .allSatisfy(m -> assertThat(m.property(FailureReport.ERROR_CODE)).isEqualTo("INVALID_INPUT"));
        assertThat(results).allSatisfy(m -> assertThat(m.body()).contains("words_block_list"));

        // The emulator's side: every document's body arrived, nothing else did, and every request it saw is an
        // attempt that the pipeline reported on the document's message (so no document was sent again outside the
        // component's own retries, and no document was recognised for two messages).
        long ocrRequests = stats.path("byOperation").path("general-text").asLong();
        long duplicateBodies = stats.path("duplicateBodies").asLong();
        long distinctBodies = ocrRequests - duplicateBodies;
        long reportedAttempts = Stream.concat(results.stream(), failed.stream())
                .mapToLong(m -> Long.parseLong(m.property(FailureReport.ATTEMPTS))).sum();
        assertThat(distinctBodies).as("distinct document bodies at the emulator").isEqualTo(DOCUMENTS);
        assertThat(reportedAttempts).as("attempts reported on the queues vs requests at the emulator")
                .isEqualTo(ocrRequests);
        long okAnswers = stats.path("byStatus").path("200").asLong();
        long reRecognised = okAnswers - results.size();
        assertThat(reRecognised).as("200 answers beyond one per result: only the ones cut short may be")
                .isBetween(0L, (long) Math.ceil(ocrRequests * 0.03));

        // The faults really happened, the token expiry included.
        assertThat(tokensExpired).isTrue();
        assertThat(stats.path("byErrorCode").path("APIG.0308").asLong()).isPositive();
        // Huawei (and the emulator) answer a call with an expired token with 401 APIG.0301 "token expires".
        assertThat(stats.path("byErrorCode").path("APIG.0301").asLong()).as("calls with the expired token")
                .isPositive();
        assertThat(stats.path("byStatus").path("201").asLong()).as("IAM tokens issued").isGreaterThanOrEqualTo(2);

        // Nothing secret in the logs or in what reached the failed queue.
        SecretScanner scanner = new SecretScanner().secret("password", emulator.password())
                .secret("secret key", emulator.secretKey());
        assertThat(logs.leaks()).as("secrets in the logs").isEmpty();
        assertThat(failed).allSatisfy(m -> assertThat(scanner.find(m.body() + m.properties())).isEmpty());

        // The inbox is empty; every file was queued, then moved to .done.
        assertThat(regularFiles(inbox)).isEmpty();
        assertThat(regularFiles(inbox.resolve(".done"))).hasSize(results.size() + failed.size());

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("documents", DOCUMENTS);
        figures.put("notImages", NOT_IMAGES);
        figures.put("seconds", seconds);
        figures.put("results", results.size());
        figures.put("failed", failed.size());
        figures.put("failedByCode", failed.stream().collect(Collectors.groupingBy(
                m -> m.property(FailureReport.ERROR_CODE), TreeMap::new, Collectors.counting())));
        figures.put("lost", lost.size());
        figures.put("duplicated", duplicated.size());
        figures.put("ocrRequests", ocrRequests);
        figures.put("retries", ocrRequests - distinctBodies);
        figures.put("duplicateBodiesAtEmulator", duplicateBodies);
        figures.put("okAnswersBeyondOnePerResult", reRecognised);
        long answered = 0;
        for (JsonNode count : stats.path("byStatus")) {
            answered += count.asLong();
        }
        long iamCalls = stats.path("totalRequests").asLong() - ocrRequests;
        figures.put("connectionResets", stats.path("totalRequests").asLong() - answered);
        figures.put("iamCalls", iamCalls);
        figures.put("emulatorStatuses", stats.path("byStatus"));
        figures.put("emulatorErrorCodes", stats.path("byErrorCode"));
        // Retries logged for an answer that never started, and for one that stopped (responseIdleTimeout): each is
        // a wait of its own timeout, so a slow run can be told from a stalled one.
        figures.put("requestTimeouts", logs.count(REQUEST_TIMEOUT));
        figures.put("stalledAnswers", logs.count(STALLED_ANSWER));
        figures.put("logEventsScanned", logs.events());
        figures.put("secretsFound", logs.leaks().size());
        figures.put("threadsBefore", before.threads());
        figures.put("threadsAfter", after.threads());
        figures.put("fileDescriptorsBefore", before.fileDescriptors());
        figures.put("fileDescriptorsAfter", after.fileDescriptors());
        RunReport.write("soak", figures);
    }

    /**
     * Drops the documents, starts a Camel context with the pipeline, waits until every file has ended on a queue
     * ({@code during} runs while waiting), and stops the context.
     */
    private static void runPipeline(Path inbox, int firstDocument, int documents, int notImages, Runnable during)
            throws Exception {
        Files.createDirectories(inbox);
        for (int n = firstDocument; n < firstDocument + documents; n++) {
            TestDocuments.drop(inbox, TestDocuments.name(n), TestDocuments.png(n));
        }
        for (int n = 0; n < notImages; n++) {
            TestDocuments.drop(inbox, notImageName(n), ("this is not an image " + n).getBytes());
        }
        // readLockMinAge=1s: files a second old are taken without the 500 ms read-lock wait each.
        Thread.sleep(1_100);

        CachingConnectionFactory jms = new CachingConnectionFactory(broker.connectionFactory());
        jms.setSessionCacheSize(RECOGNISERS + 4);
        CamelContext context = new DefaultCamelContext();
        try {
            Properties settings = new Properties();
            settings.setProperty("example.inbox", inbox.toAbsolutePath().toString());
            settings.setProperty("example.documents-queue", DOCUMENTS_QUEUE);
            settings.setProperty("example.results-queue", RESULTS);
            settings.setProperty("example.failed-queue", FAILED);
            settings.setProperty("example.recognisers", Integer.toString(RECOGNISERS));
            context.getPropertiesComponent().setInitialProperties(settings);
            context.addComponent("jms", JmsComponent.jmsComponent(jms));
            context.addComponent("huaweiocr", tokenModeComponent());
            // The beans the example's application declares for its routes: the consumers' JMS transactions, the
            // policy that joins them, and the inbox's leadership (this JVM is the only replica).
            JmsTransactionManager transactions = new JmsTransactionManager(jms);
            SpringTransactionPolicy joinConsumerTransaction = new SpringTransactionPolicy(transactions);
            joinConsumerTransaction.setPropagationBehaviorName("PROPAGATION_REQUIRED");
            context.getRegistry().bind("jmsTransactionManager", transactions);
            context.getRegistry().bind("documentTransaction", joinConsumerTransaction);
            FileLockClusterService leadership = new FileLockClusterService();
            leadership.setId("soak");
            leadership.setRoot(inbox.resolve(".cluster").toAbsolutePath().toString());
            leadership.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
            leadership.setAcquireLockInterval(500, TimeUnit.MILLISECONDS);
            context.addService(leadership, true, true);
            ReplicaProperties replica = new ReplicaProperties();
            replica.setName("soak");
            context.addRoutes(new FileToJmsRoutes(replica));
            context.start();
            long total = documents + notImages;
            // Until every file is published, or (when one is lost) the inbox is empty and nothing more comes.
            AtomicLong lastCount = new AtomicLong(-1);
            AtomicLong unchangedSince = new AtomicLong(System.nanoTime());
            await().atMost(Duration.ofMinutes(Math.max(10, total / 100))).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        if (during != null) {
                            during.run();
                        }
                        long published = broker.messageCount(RESULTS)
                                + broker.messageCount(FAILED);
                        if (published != lastCount.getAndSet(published)) {
                            unchangedSince.set(System.nanoTime());
                        }
                        boolean quiet = System.nanoTime() - unchangedSince.get() > Duration.ofSeconds(10).toNanos();
                        return published >= total
                                || quiet && regularFiles(inbox).isEmpty() && broker.messageCount(DOCUMENTS_QUEUE) == 0;
                    });
            // The last files' moves to .done may complete after their messages were recognised.
            await().atMost(Duration.ofMinutes(1)).until(() -> regularFiles(inbox).isEmpty());
        } finally {
            context.stop();
            jms.destroy();
        }
    }

    private static HuaweiOcrComponent tokenModeComponent() {
        HuaweiOcrComponent component = new HuaweiOcrComponent();
        HuaweiOcrConfiguration configuration = component.getConfiguration();
        configuration.setEndpoint(emulator.baseUrl());
        configuration.setIamEndpoint(emulator.baseUrl());
        configuration.setRegion(emulator.region());
        configuration.setProjectId(emulator.projectId());
        configuration.setAuthMode(AuthMode.TOKEN);
        configuration.setUsername(emulator.username());
        configuration.setPassword(emulator.password());
        configuration.setDomainName(emulator.domainName());
        // As the example's application.properties.
        configuration.setMaxRetries(3);
        // The emulator throttles at random, which is not a used-up quota window: a run of five of its 429s (about one
        // soak in a hundred at this size) would read as one, naming the fault's limit (100 a minute), and pace the
        // rest of the soak to that. Quota pacing is proven by QuotaPacingTest and the replica tests.
        configuration.setAdaptivePacing(false);
        return component;
    }

    private static String notImageName(int n) {
        return String.format("not-an-image-%02d.png", n);
    }

    private static List<Path> regularFiles(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
        }
    }

    private static ResourceSnapshot settledSnapshot() throws InterruptedException {
        System.gc();
        Thread.sleep(500);
        return ResourceSnapshot.take();
    }

    /** Waits (without asserting on time) until threads and descriptors are back near {@code before}. */
    private static ResourceSnapshot awaitResourcesBackTo(ResourceSnapshot before) {
        List<ResourceSnapshot> last = new ArrayList<>(List.of(ResourceSnapshot.take()));
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                System.gc();
                ResourceSnapshot now = ResourceSnapshot.take();
                last.set(0, now);
                return now.threadDelta(before) <= THREAD_TOLERANCE
                        && now.fileDescriptorDelta(before) <= FD_TOLERANCE;
            });
        } catch (ConditionTimeoutException e) {
            ResourceSnapshot now = last.get(0);
            assertThat(now.threadDelta(before)).as("threads left after the pipeline stopped")
                    .isLessThanOrEqualTo(THREAD_TOLERANCE);
            assertThat(now.fileDescriptorDelta(before)).as("file descriptors left after the pipeline stopped")
                    .isLessThanOrEqualTo(FD_TOLERANCE);
        }
        return last.get(0);
    }
}
