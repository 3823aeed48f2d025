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
package io.github.huaweiocr.examples.obstodatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.huaweiocr.emulator.HuaweiOcrEmulator;

/**
 * Many objects arrive at once while the account's quota lets the calls through slowly (the component paces them at
 * {@value #QUOTA_PER_SECOND} a second): the replica claims no more versions than {@code example.obs.max-in-flight}
 * at any moment, as the claims table read while it runs shows, and every object still ends as exactly one row,
 * recognised once.
 */
@SpringBootTest(classes = ObsToDatabaseApplication.class, properties = {
        "example.emulator.engine=synthetic",
        "example.obs.poll-delay=100",
        "example.obs.max-in-flight=" + InFlightBoundTest.MAX_IN_FLIGHT,
        "camel.component.huaweiocr.quota-per-second=" + InFlightBoundTest.QUOTA_PER_SECOND,
        "example.replica.name=bounded",
        "spring.datasource.url=jdbc:h2:mem:bounded-invoices;DB_CLOSE_DELAY=-1"})
@DirtiesContext
class InFlightBoundTest {

    static final int MAX_IN_FLIGHT = 4;
    static final int QUOTA_PER_SECOND = 3;
    private static final int UPLOADED = 30;
    /** The sample invoices the example uploads at start. */
    private static final int SAMPLES = 2;

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("example.data-dir", DATA_DIR::toString);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("obs-to-database-bound-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private MinioClient obsClient;

    @Autowired
    private HuaweiOcrEmulator emulator;

    @Autowired
    private ObjectVersionLedger processedObjects;

    @Test
    void claimsNoMoreVersionsThanTheBoundWhileManyWaitForTheQuota() throws Exception {
        AtomicLong mostClaims = new AtomicLong();
        AtomicLong mostInHand = new AtomicLong();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                mostClaims.accumulateAndGet(count("select count(*) from invoice_claim"), Math::max);
                mostInHand.accumulateAndGet(processedObjects.inFlight(), Math::max);
                sleep(Duration.ofMillis(5));
            }
        }, "claims-sampler");
        sampler.start();
        try {
            byte[] sample = sample("vat-invoice-consulting.png");
            for (int n = 1; n <= UPLOADED; n++) {
                // a distinct document each (its own ETag), uploaded one after the other as fast as the store takes them
                byte[] document = sample.clone();
                document[document.length - 1] ^= (byte) n;
                String key = "batch/invoice-" + n + ".png";
                obsClient.putObject(PutObjectArgs.builder().bucket("invoices").object(key)
                        .stream(new ByteArrayInputStream(document), document.length, -1).contentType("image/png")
                        .build());
            }

            await().atMost(Duration.ofMinutes(3)).until(() -> rows() == UPLOADED + SAMPLES);
            await().atMost(Duration.ofSeconds(30)).until(() -> processedObjects.inFlight() == 0);
        } finally {
            sampling.set(false);
            sampler.join();
        }

        assertThat(mostClaims.get()).as("claims held at once").isLessThanOrEqualTo(MAX_IN_FLIGHT);
        assertThat(mostInHand.get()).as("versions in hand at once").isLessThanOrEqualTo(MAX_IN_FLIGHT);
        // the replica did work on several at a time: the bound holds back, it does not serialise
        assertThat(mostClaims.get()).as("claims held at once").isGreaterThan(1);

        Map<String, Long> rowsPerObject = new TreeMap<>();
        for (Map<String, Object> row : jdbc.queryForList("select object_key, count(*) as n from (select object_key from"
                + " invoice union all select object_key from invoice_failure) group by object_key")) {
            rowsPerObject.put((String) row.get("OBJECT_KEY"), ((Number) row.get("N")).longValue());
        }
        assertThat(rowsPerObject.keySet()).as("objects with a row").isEqualTo(new TreeSet<>(
                uploadedAndSamples()));
        assertThat(rowsPerObject.values()).as("rows per object").containsOnly(1L);
        assertThat(count("select count(*) from invoice_failure")).isZero();
        assertThat(count("select count(*) from invoice_claim")).isZero();
        assertThat(emulator.services().stats().toJson().path("byOperation").path("vat-invoice").asLong())
                .as("recognitions").isEqualTo(UPLOADED + SAMPLES);
    }

    private static Set<String> uploadedAndSamples() {
        Set<String> keys = new HashSet<>(Set.of("incoming/vat-invoice-consulting.png",
                "incoming/vat-invoice-office-supplies.png"));
        for (int n = 1; n <= UPLOADED; n++) {
            keys.add("batch/invoice-" + n + ".png");
        }
        return keys;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long rows() {
        return count("select count(*) from invoice") + count("select count(*) from invoice_failure");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = InFlightBoundTest.class.getClassLoader().getResourceAsStream("samples/" + name)) {
            return in.readAllBytes();
        }
    }
}
