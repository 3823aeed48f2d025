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

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.minio.MinioClient;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.admin.EmulatorAdminClient;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.reliability.support.ExampleApp;
import io.github.huaweiocr.reliability.support.Jdbc;
import io.github.huaweiocr.reliability.support.RunReport;
import io.github.huaweiocr.reliability.support.SecretScanner;
import io.github.huaweiocr.reliability.support.TestDocuments;

/**
 * The obs-to-database example as shipped (its executable jar, in its own JVM), with the bucket (s3proxy), the
 * database (H2 over TCP) and an emulator with 2 to 3 s of latency in this JVM, so that all three outlive the
 * application. It is killed with SIGKILL while object versions are being recognised (requested at the emulator, no
 * row yet), then started again on the same bucket and database: every object must end as exactly one row, in
 * {@code invoice} or {@code invoice_failure}.
 */
class ObsToDatabaseCrashRestartTest {

    private static final int OBJECTS = Integer.getInteger("reliability.crash.objects", 30);
    private static final String BUCKET = "invoices";
    private static final String ACCESS_KEY = "AKCRASHTEST00000";
    private static final String SECRET_KEY = "crash-test-obs-secret-key-000000";

    @TempDir
    Path work;

    private HuaweiOcrEmulator emulator;
    private EmulatorAdminClient admin;
    private S3Proxy s3;
    private Server database;
    private String jdbcUrl;
    private Jdbc db;
    private ExampleApp app;

    @BeforeEach
    void start() throws Exception {
        s3 = S3Proxy.builder().blobStore(new TransientNio2BlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        s3.start();
        while (!"STARTED".equals(s3.getState())) {
            Thread.sleep(10);
        }
        // The first listing takes every object at once (the consumer does not wait for the exchanges it starts);
        // answers spread over 1 to 8 s, so that rows arrive one by one and the kill lands with many still in flight.
        emulator = new HuaweiOcrEmulator(EmulatorConfig.builder().engine("synthetic")
                .obsEndpoint(URI.create(s3Endpoint())).obsCredentials(ACCESS_KEY, SECRET_KEY)
                .fault(FaultSpec.latency(Duration.ofMillis(1000), Duration.ofMillis(8000))).build()).start();
        admin = new EmulatorAdminClient(emulator.baseUrl());
        database = Server.createTcpServer("-tcpPort", "0", "-baseDir", work.resolve("db").toString(), "-ifNotExists")
                .start();
        jdbcUrl = "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/invoices";
        db = new Jdbc(jdbcUrl, "sa", "");
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (emulator != null) {
            emulator.stop();
        }
        if (database != null) {
            database.stop();
        }
        if (s3 != null) {
            s3.stop();
        }
    }

    @Test
    void aKilledApplicationRestartedOnTheSameBucketAndDatabaseLosesAndDuplicatesNothing() throws Exception {
        Path jar = ExampleApp.jar("reliability.obs-example.jar", "obs-to-database");
        MinioClient uploader = MinioClient.builder().endpoint(s3Endpoint()).credentials(ACCESS_KEY, SECRET_KEY)
                .build();
        Set<String> expected = TestDocuments.uploadInvoices(uploader, BUCKET, OBJECTS);
        app = new ExampleApp(jar, List.of(
                "--example.emulator.enabled=false",
                "--example.samples.enabled=false",
                "--example.data-dir=" + work.resolve("app-data"),
                "--example.obs.embedded=false",
                "--example.obs.endpoint=" + s3Endpoint(),
                "--example.obs.bucket=" + BUCKET,
                "--example.obs.poll-delay=500",
                // a restarted replica takes over the killed one's claims once they are this old (30 s by default)
                "--example.claims.timeout=3s",
                "--example.claims.heartbeat=500ms",
                // s3proxy places every bucket in us-east-1
                "--camel.component.huaweiocr.allow-cross-region-obs=true",
                "--camel.component.huaweiocr.endpoint=" + emulator.baseUrl(),
                "--camel.component.huaweiocr.region=" + emulator.region(),
                "--camel.component.huaweiocr.project-id=" + emulator.projectId(),
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=sa",
                "--spring.datasource.password="),
                Map.of("CAMEL_COMPONENT_HUAWEIOCR_ACCESSKEY", emulator.accessKey(),
                        "CAMEL_COMPONENT_HUAWEIOCR_SECRETKEY", emulator.secretKey(),
                        "EXAMPLE_OBS_ACCESSKEY", ACCESS_KEY,
                        "EXAMPLE_OBS_SECRETKEY", SECRET_KEY),
                work.resolve("app.log"));

        long t0 = System.nanoTime();
        app.start();
        long killAt = Math.max(1, OBJECTS / 3);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> stored() >= killAt && requestedNotStored() >= 2 || !app.isAlive());
        assertThat(app.isAlive()).as("the application runs until it is killed:\n%s", app.logText()).isTrue();
        long storedAtKill = stored();
        long inFlightAtKill = requestedNotStored();
        app.kill();

        long killedAt = System.nanoTime();
        app.start();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> started() == 2 || !app.isAlive());
        assertThat(app.isAlive()).as("the application starts again:\n%s", app.logText()).isTrue();
        awaitQuiet();
        long drainedAt = System.nanoTime();
        app.stop();

        Map<String, Long> rowsPerObject = rowsPerObject();
        Set<String> lost = new TreeSet<>(expected);
        lost.removeAll(rowsPerObject.keySet());
        Set<String> duplicated = rowsPerObject.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        long requests = admin.requests("vat-invoice");

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("objects", OBJECTS);
        figures.put("storedAtKill", storedAtKill);
        figures.put("requestedButNotStoredAtKill", inFlightAtKill);
        figures.put("invoiceRows", db.count("select count(*) from invoice"));
        figures.put("failureRows", db.count("select count(*) from invoice_failure"));
        figures.put("lost", lost.size());
        figures.put("lostKeys", lost);
        figures.put("duplicated", duplicated.size());
        figures.put("duplicatedKeys", duplicated);
        figures.put("ocrRequests", requests);
        figures.put("recognisedAgainAfterRestart", requests - OBJECTS);
        figures.put("secondsUntilKill", Duration.ofNanos(killedAt - t0).toSeconds());
        figures.put("secondsFromRestartToLastRow", Duration.ofNanos(drainedAt - killedAt).toSeconds());
        RunReport.write("crash-obs-to-database", figures);
        RunReport.keep(work.resolve("app.log"), "crash-obs-to-database-app.log");

        assertThat(storedAtKill).as("killed in the middle of the run").isLessThan(OBJECTS);
        assertThat(duplicated).as("object versions stored twice").isEmpty();
        assertThat(lost).as("object versions with no row (%s)", figures).isEmpty();
        assertThat(rowsPerObject.keySet()).isEqualTo(expected);
        // every request the emulator answered is a version stored, or one that was in flight at the kill
        assertThat(requests - OBJECTS).as("requests sent again after the restart").isBetween(0L, inFlightAtKill);
        SecretScanner scanner = new SecretScanner().secret("secret key", emulator.secretKey())
                .secret("OBS secret key", SECRET_KEY);
        assertThat(scanner.find(app.logText())).as("secrets in the application's log").isEmpty();
    }

    /** How many times the application has logged that it started. */
    private long started() throws IOException {
        return app.logText().lines().filter(line -> line.contains("Started ObsToDatabaseApplication")).count();
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
                    return now >= OBJECTS
                            || Duration.ofNanos(System.nanoTime() - stableSince.get()).toSeconds() >= 15;
                });
    }

    /** Object versions recognised at the emulator without a row yet: in flight inside the application. */
    private long requestedNotStored() throws SQLException {
        return admin.requests("vat-invoice") - stored();
    }

    private long stored() throws SQLException {
        if (!db.tableExists("invoice_failure")) {
            return 0;
        }
        return db.count("select count(*) from invoice") + db.count("select count(*) from invoice_failure");
    }

    private Map<String, Long> rowsPerObject() throws SQLException {
        return db.rows("select object_key from invoice union all select object_key from invoice_failure").stream()
                .collect(Collectors.groupingBy(row -> row[0], Collectors.counting()));
    }

    private String s3Endpoint() {
        return "http://127.0.0.1:" + s3.getPort();
    }
}
