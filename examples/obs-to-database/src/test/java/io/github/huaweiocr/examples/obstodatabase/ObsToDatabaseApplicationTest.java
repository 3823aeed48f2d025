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
import java.util.List;
import java.util.Map;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.faults.FaultSpec;

/**
 * The whole example in one JVM, as it runs by default: the sample invoices uploaded to the embedded S3 server are
 * listed by camel-minio without their bytes, recognised by the emulator from presigned URLs and stored in H2.
 */
@SpringBootTest(classes = ObsToDatabaseApplication.class, properties = {
        "example.emulator.engine=synthetic",
        "example.obs.poll-delay=200",
        "example.replica.name=single",
        "spring.datasource.url=jdbc:h2:mem:invoices;DB_CLOSE_DELAY=-1"})
class ObsToDatabaseApplicationTest {

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("example.data-dir", DATA_DIR::toString);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("obs-to-database-test");
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
    void storesOneRowPerInvoiceVersionAndRecognisesEachVersionOnce() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from invoice") == 2);

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select bucket, object_key, etag, invoice_code, invoice_number, total, raw_json, replica from invoice"
                        + " order by object_key");
        assertThat(rows).extracting(row -> row.get("OBJECT_KEY")).containsExactly(
                "incoming/vat-invoice-consulting.png", "incoming/vat-invoice-office-supplies.png");
        for (Map<String, Object> row : rows) {
            assertThat(row.get("BUCKET")).isEqualTo("invoices");
            assertThat(row.get("REPLICA")).isEqualTo("single");
            assertThat((String) row.get("ETAG")).isNotBlank();
            assertThat((String) row.get("INVOICE_CODE")).isNotBlank();
            assertThat((String) row.get("INVOICE_NUMBER")).isNotBlank();
            assertThat((String) row.get("RAW_JSON")).contains("\"seller_name\"").contains("\"total\"");
        }

        // A new version of one invoice (new content, new ETag) is recognised again; the unchanged one is not.
        byte[] changed = sample("vat-invoice-consulting.png");
        changed[changed.length - 1] ^= 0x01;
        obsClient.putObject(PutObjectArgs.builder().bucket("invoices").object("incoming/vat-invoice-consulting.png")
                .stream(new ByteArrayInputStream(changed), changed.length, -1).contentType("image/png").build());

        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from invoice") == 3);
        assertThat(count("select count(distinct etag) from invoice where object_key = "
                + "'incoming/vat-invoice-consulting.png'")).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedObjects.inFlight() == 0);
        assertThat(emulator.services().stats().toJson().path("byOperation").path("vat-invoice").asLong())
                .isEqualTo(3);

        // An object that is no invoice image ends as one failure row with Huawei's error code, and is not retried.
        byte[] notes = "meeting notes, not an invoice".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        obsClient.putObject(PutObjectArgs.builder().bucket("invoices").object("incoming/notes.txt")
                .stream(new ByteArrayInputStream(notes), notes.length, -1).contentType("text/plain").build());

        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from invoice_failure") == 1);
        Map<String, Object> failure = jdbc.queryForMap(
                "select object_key, etag, error_code, error_message, request_id from invoice_failure");
        assertThat(failure.get("OBJECT_KEY")).isEqualTo("incoming/notes.txt");
        assertThat((String) failure.get("ETAG")).isNotBlank();
        assertThat(failure.get("ERROR_CODE")).isEqualTo("AIS.0102");
        assertThat((String) failure.get("ERROR_MESSAGE")).contains("AIS.0102");
        assertThat((String) failure.get("REQUEST_ID")).isNotBlank();
        await().atMost(Duration.ofSeconds(30)).until(() -> processedObjects.inFlight() == 0);
        // several more listings of the bucket (every 200 ms) bill nothing more: every version has its row
        Thread.sleep(1500);
        assertThat(emulator.services().stats().toJson().path("byOperation").path("vat-invoice").asLong())
                .isEqualTo(4);
        assertThat(count("select count(*) from invoice")).isEqualTo(3);
        assertThat(count("select count(*) from invoice_failure")).isEqualTo(1);

        // Another replica stores a version while this one is recognising it (possible only after a claim was lost to a
        // missed heartbeat): this replica's insert meets the unique key, and that is not a failure of the version.
        emulator.services().inject(FaultSpec.latency(Duration.ofSeconds(3)).nextCalls(1));
        byte[] raced = sample("vat-invoice-office-supplies.png");
        raced[raced.length - 1] ^= 0x02;
        obsClient.putObject(PutObjectArgs.builder().bucket("invoices").object("incoming/raced.png")
                .stream(new ByteArrayInputStream(raced), raced.length, -1).contentType("image/png").build());
        String etag = obsClient.statObject(StatObjectArgs.builder().bucket("invoices").object("incoming/raced.png")
                .build()).etag();
        await().atMost(Duration.ofSeconds(60)).until(() -> processedObjects.inFlight() == 1);
        jdbc.update("insert into invoice (bucket, object_key, etag, raw_json, replica) values (?, ?, ?, ?, ?)",
                "invoices", "incoming/raced.png", etag, "{}", "other-replica");
        await().atMost(Duration.ofSeconds(60)).until(() -> processedObjects.inFlight() == 0);
        // the claim is taken before the call: on a quiet machine the other replica's row can land before this replica
        // sends, and then nothing is paid; under load the call goes out first and meets the unique key afterwards
        assertThat(emulator.services().stats().toJson().path("byOperation").path("vat-invoice").asLong())
                .isBetween(4L, 5L);
        assertThat(count("select count(*) from invoice where object_key = 'incoming/raced.png'")).isEqualTo(1);
        assertThat(count("select count(*) from invoice_failure")).isEqualTo(1);
        assertThat(count("select count(*) from invoice_claim")).isZero();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = ObsToDatabaseApplicationTest.class.getClassLoader()
                .getResourceAsStream("samples/" + name)) {
            return in.readAllBytes();
        }
    }
}
