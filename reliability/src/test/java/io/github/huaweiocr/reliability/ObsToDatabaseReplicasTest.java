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

import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.minio.MinioClient;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.admin.EmulatorAdminClient;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.junit.LocalPostgres;
import io.github.huaweiocr.reliability.support.ExampleApp;
import io.github.huaweiocr.reliability.support.Jdbc;
import io.github.huaweiocr.reliability.support.RunReport;
import io.github.huaweiocr.reliability.support.SecretScanner;
import io.github.huaweiocr.reliability.support.TestDocuments;

/**
 * Three replicas of the obs-to-database example as shipped (its jar, three JVMs of 256 MB) listing one bucket
 * (s3proxy) and writing to one PostgreSQL database (its {@code postgres} profile), against one emulator with a
 * per-second quota below what the replicas offer. The replicas are told the quota and share it in that database
 * ({@code huaweiocr_quota}), with the default retry settings. Once a third of the objects have their row, the replica
 * holding the most claims is killed with SIGKILL: its claims must be taken over by the others once the claim timeout
 * has passed, every object must end as exactly one row, and the documents paid for twice (the emulator counts
 * recognitions per document, whatever URL it downloaded it from) must be at most the versions the killed replica had
 * claimed. No replica may hold more claims than {@code example.obs.max-in-flight} at any moment seen before the kill,
 * nor the killed one at the kill, however many objects wait in the bucket.
 */
class ObsToDatabaseReplicasTest {

    private static final int OBJECTS = Integer.getInteger("reliability.replicas.objects", 60);
    private static final int REPLICAS = 3;
    private static final int QUOTA_PER_SECOND = 5;
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    /** The versions a replica holds in hand at most: the example's default, set explicitly for the assertions. */
    private static final int MAX_IN_FLIGHT = 16;
    private static final String BUCKET = "invoices";
    private static final String ACCESS_KEY = "AKREPLICATEST000";
    private static final String SECRET_KEY = "replica-test-obs-secret-key-0000";

    @TempDir
    Path work;

    private HuaweiOcrEmulator emulator;
    private EmulatorAdminClient admin;
    private S3Proxy s3;
    private LocalPostgres database;
    private String jdbcUrl;
    private Jdbc db;
    private final List<ExampleApp> replicas = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        s3 = S3Proxy.builder().blobStore(new TransientNio2BlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        s3.start();
        while (!"STARTED".equals(s3.getState())) {
            Thread.sleep(10);
        }
        emulator = new HuaweiOcrEmulator(EmulatorConfig.builder().engine("synthetic").quotaPerSecond(QUOTA_PER_SECOND)
                .obsEndpoint(URI.create(s3Endpoint())).obsCredentials(ACCESS_KEY, SECRET_KEY)
                .fault(FaultSpec.latency(Duration.ofMillis(1000), Duration.ofMillis(3000))).build()).start();
        admin = new EmulatorAdminClient(emulator.baseUrl());
        database = LocalPostgres.start();
        jdbcUrl = database.jdbcUrl();
        db = new Jdbc(jdbcUrl, "postgres", "");
    }

    @AfterEach
    void stop() throws Exception {
        ExampleApp.stopAndKeepLogs(replicas, "replicas-obs-to-database");
        if (emulator != null) {
            emulator.stop();
        }
        if (database != null) {
            database.close();
        }
        if (s3 != null) {
            s3.stop();
        }
    }

    @Test
    void aKilledReplicasVersionsAreTakenOverAndEveryObjectIsStoredOnce() throws Exception {
        Path jar = ExampleApp.jar("reliability.obs-example.jar", "obs-to-database");
        MinioClient uploader = MinioClient.builder().endpoint(s3Endpoint()).credentials(ACCESS_KEY, SECRET_KEY)
                .build();
        Set<String> expected = TestDocuments.uploadInvoices(uploader, BUCKET, OBJECTS);
        for (int r = 0; r < REPLICAS; r++) {
            replicas.add(new ExampleApp(jar, List.of(
                    "--example.replica.name=replica-" + r,
                    "--example.emulator.enabled=false",
                    "--example.samples.enabled=false",
                    "--example.data-dir=" + work.resolve("replica-" + r),
                    "--example.obs.embedded=false",
                    "--example.obs.endpoint=" + s3Endpoint(),
                    "--example.obs.bucket=" + BUCKET,
                    "--example.obs.poll-delay=500",
                    "--example.obs.max-in-flight=" + MAX_IN_FLIGHT,
                    "--example.claims.timeout=" + CLAIM_TIMEOUT.toSeconds() + "s",
                    "--example.claims.heartbeat=1s",
                    // s3proxy places every bucket in us-east-1
                    "--camel.component.huaweiocr.allow-cross-region-obs=true",
                    "--camel.component.huaweiocr.endpoint=" + emulator.baseUrl(),
                    "--camel.component.huaweiocr.region=" + emulator.region(),
                    "--camel.component.huaweiocr.project-id=" + emulator.projectId(),
                    // told the quota, sharing it in the database (the postgres profile's example.quota-store.url)
                    "--camel.component.huaweiocr.quota-per-second=" + QUOTA_PER_SECOND,
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password="),
                    Map.of("CAMEL_COMPONENT_HUAWEIOCR_ACCESSKEY", emulator.accessKey(),
                            "CAMEL_COMPONENT_HUAWEIOCR_SECRETKEY", emulator.secretKey(),
                            "EXAMPLE_OBS_ACCESSKEY", ACCESS_KEY,
                            "EXAMPLE_OBS_SECRETKEY", SECRET_KEY),
                    work.resolve("replica-" + r + ".log"), ExampleApp.REPLICA_JVM_OPTIONS));
        }

        long t0 = System.nanoTime();
        for (ExampleApp replica : replicas) {
            replica.start();
        }
        // the most claims one replica was seen to hold, read every 100 ms until the kill
        AtomicLong mostClaimsSeen = new AtomicLong();
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(100)).until(() -> {
            long most = mostClaims().getValue();
            mostClaimsSeen.accumulateAndGet(most, Math::max);
            return stored() >= OBJECTS / 3 && most >= 2 || replicas.stream().anyMatch(r -> !r.isAlive());
        });
        assertThat(replicas).as("every replica runs until one is killed").allMatch(ExampleApp::isAlive);
        String victim = mostClaims().getKey();
        ExampleApp killed = replicas.get(Integer.parseInt(victim.substring("replica-".length())));
        long storedAtKill = stored();
        killed.kill();
        long killedAt = System.nanoTime();
        // what the dead replica held: its claims, which it can no longer change
        long claimedByKilled = db.count("select count(*) from invoice_claim where replica = ?", victim);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> db.count("select count(*) from invoice_claim where replica = ?", victim) == 0);
        long takenOverAt = System.nanoTime();
        awaitQuiet();
        long drainedAt = System.nanoTime();
        for (ExampleApp replica : replicas) {
            replica.stop();
        }

        Map<String, Long> rowsPerObject = new TreeMap<>();
        Map<String, Long> rowsPerReplica = new TreeMap<>();
        for (String[] row : db.rows("select object_key, replica from invoice union all select object_key, replica from"
                + " invoice_failure")) {
            rowsPerObject.merge(row[0], 1L, Long::sum);
            rowsPerReplica.merge(String.valueOf(row[1]), 1L, Long::sum);
        }
        Set<String> lost = new TreeSet<>(expected);
        lost.removeAll(rowsPerObject.keySet());
        Set<String> duplicated = rowsPerObject.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("replicas", REPLICAS);
        figures.put("objects", OBJECTS);
        figures.put("quotaPerSecond", QUOTA_PER_SECOND);
        figures.put("claimTimeoutSeconds", CLAIM_TIMEOUT.toSeconds());
        figures.put("maxInFlight", MAX_IN_FLIGHT);
        figures.put("mostClaimsOfOneReplicaSeenBeforeKill", mostClaimsSeen.get());
        figures.put("killed", victim);
        figures.put("storedAtKill", storedAtKill);
        figures.put("claimedByKilledReplicaAtKill", claimedByKilled);
        figures.put("invoiceRows", db.count("select count(*) from invoice"));
        figures.put("failureRows", db.count("select count(*) from invoice_failure"));
        figures.put("failureCodes", db.rows("select error_code, count(*) from invoice_failure group by error_code")
                .stream().collect(Collectors.toMap(r -> String.valueOf(r[0]), r -> r[1])));
        figures.put("rowsByReplica", rowsPerReplica);
        figures.put("lost", lost.size());
        figures.put("lostKeys", lost);
        figures.put("storedTwice", duplicated.size());
        figures.put("storedTwiceKeys", duplicated);
        figures.put("claimsLeft", db.count("select count(*) from invoice_claim"));
        figures.put("sharedQuotaRows", db.count("select count(*) from huaweiocr_quota"));
        figures.put("ocrRequests", admin.requests("vat-invoice"));
        figures.put("answered429", admin.errors("APIG.0308"));
        figures.put("recognitions", admin.recognitions());
        figures.put("documentsPaidTwice", admin.documentsRecognisedMoreThanOnce());
        figures.put("recognitionsBeyondOnePerDocument", admin.repeatRecognitions());
        figures.put("secondsUntilKill", Duration.ofNanos(killedAt - t0).toMillis() / 1000.0);
        figures.put("secondsFromKillToTakeOver", Duration.ofNanos(takenOverAt - killedAt).toMillis() / 1000.0);
        figures.put("secondsFromKillToLastRow", Duration.ofNanos(drainedAt - killedAt).toMillis() / 1000.0);
        RunReport.write("replicas-obs-to-database", figures);
        System.out.println("[replicas] obs-to-database " + figures);

        assertThat(storedAtKill).as("killed in the middle of the run").isLessThan(OBJECTS);
        assertThat(claimedByKilled).as("claims the killed replica held (%s)", figures)
                .isLessThanOrEqualTo(MAX_IN_FLIGHT);
        assertThat(mostClaimsSeen.get()).as("claims one replica held at once before the kill (%s)", figures)
                .isLessThanOrEqualTo(MAX_IN_FLIGHT);
        assertThat(duplicated).as("object versions stored twice (%s)", figures).isEmpty();
        assertThat(lost).as("object versions with no row (%s)", figures).isEmpty();
        assertThat(rowsPerObject.keySet()).isEqualTo(expected);
        assertThat(db.count("select count(*) from invoice_failure where error_code is null"))
                .as("failures recorded without an error code").isZero();
        assertThat(db.count("select count(*) from invoice_claim")).as("claims left behind").isZero();
        assertThat(db.count("select count(*) from huaweiocr_quota")).as("the replicas' shared quota in the database")
                .isEqualTo(1);
        assertThat(admin.repeatRecognitions()).as("recognitions beyond one per document (%s)", figures)
                .isLessThanOrEqualTo(claimedByKilled);
        SecretScanner scanner = new SecretScanner().secret("secret key", emulator.secretKey())
                .secret("OBS secret key", SECRET_KEY);
        for (ExampleApp replica : replicas) {
            assertThat(scanner.find(replica.logText())).as("secrets in a replica's log").isEmpty();
        }
    }

    /** The replica holding the most claims right now, and how many. */
    private Map.Entry<String, Long> mostClaims() throws SQLException {
        if (!db.tableExists("invoice_claim")) {
            return Map.entry("", 0L);
        }
        return db.rows("select replica, count(*) from invoice_claim group by replica order by count(*) desc").stream()
                .findFirst().map(r -> Map.entry(String.valueOf(r[0]), Long.parseLong(String.valueOf(r[1]))))
                .orElse(Map.entry("", 0L));
    }

    /** Waits until every object has its row, or nothing more has been stored for a while. */
    private void awaitQuiet() {
        AtomicLong last = new AtomicLong(-1);
        AtomicLong stableSince = new AtomicLong(System.nanoTime());
        await().atMost(Duration.ofMinutes(Math.max(5, OBJECTS / 20))).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    long now = stored();
                    if (now != last.getAndSet(now)) {
                        stableSince.set(System.nanoTime());
                    }
                    return now >= OBJECTS && db.count("select count(*) from invoice_claim") == 0
                            || Duration.ofNanos(System.nanoTime() - stableSince.get()).toSeconds() >= 30;
                });
    }

    private long stored() throws SQLException {
        if (!db.tableExists("invoice_failure")) {
            return 0;
        }
        return db.count("select count(*) from invoice") + db.count("select count(*) from invoice_failure");
    }

    private String s3Endpoint() {
        return "http://127.0.0.1:" + s3.getPort();
    }
}
