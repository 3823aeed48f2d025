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
package io.github.huaweiocr.benchmarks;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.h2.tools.Server;

import io.github.huaweiocr.benchmarks.report.Floor;
import io.github.huaweiocr.benchmarks.report.RunReport;
import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.faults.FaultSpec;

/**
 * Three replicas of the obs-to-database example (its jar, three JVMs) listing one bucket and writing to one database,
 * with every object uploaded at once, as an operator scaling out would run them; nobody is killed. The emulator counts
 * recognitions per document (the bytes it downloaded through each presigned URL), so {@code duplicateCalls3Nodes}, the
 * recognitions beyond one per document, is what the account would have paid for twice. Before the replicas claimed
 * versions in the database, two replicas on 40 invoices paid for 5 twice.
 */
final class ReplicasRun {

    /** The run's name in the summary. */
    static final String NAME = "replicas";

    private static final int REPLICAS = 3;
    private static final String BUCKET = "invoices";
    private static final String ACCESS_KEY = "AKREPLICABENCH00";
    private static final String SECRET_KEY = "replica-bench-obs-secret-key-000";

    private final PrintStream out;
    private final Path exampleJar;

    /** @param exampleJar the obs-to-database example's jar, built by {@code mvn package} */
    ReplicasRun(PrintStream out, Path exampleJar) {
        this.out = out;
        this.exampleJar = exampleJar;
    }

    RunReport run(String mode) throws Exception {
        if (!Files.isRegularFile(exampleJar)) {
            throw new IllegalStateException("the replicas run starts the obs-to-database example's jar, " + exampleJar
                    + ", which 'mvn -B package -DskipTests' builds (or set -DobsExampleJar=...)");
        }
        int objects = "quick".equals(mode) ? 60 : 300;
        RunReport report = RunReport.start(NAME, mode);
        Path work = Files.createTempDirectory("bench-replicas");
        S3Proxy s3 = S3Proxy.builder().blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        s3.start();
        while (!"STARTED".equals(s3.getState())) {
            Thread.sleep(10);
        }
        String s3Endpoint = "http://127.0.0.1:" + s3.getPort();
        Server database = Server.createTcpServer("-tcpPort", "0", "-baseDir", work.resolve("db").toString(),
                "-ifNotExists").start();
        String jdbcUrl = "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/invoices";
        // Answers take 0.5 to 2 s, as Huawei's do: every listing of the bucket meets versions still in flight.
        HuaweiOcrEmulator emulator = new HuaweiOcrEmulator(EmulatorConfig.builder().engine("synthetic")
                .obsEndpoint(URI.create(s3Endpoint)).obsCredentials(ACCESS_KEY, SECRET_KEY)
                .fault(FaultSpec.latency(Duration.ofMillis(500), Duration.ofMillis(2000))).build()).start();
        List<Process> replicas = new ArrayList<>();
        try {
            upload(s3Endpoint, objects);
            for (int r = 0; r < REPLICAS; r++) {
                replicas.add(startReplica(r, work, s3Endpoint, jdbcUrl, emulator));
            }
            // The replicas' start is not measured: on a loaded machine three Spring Boot JVMs take minutes to start.
            awaitStarted(replicas, work);
            long started = System.nanoTime();
            long deadline = started + TimeUnit.MINUTES.toNanos(10);
            long stored = 0;
            while (System.nanoTime() < deadline && (stored < objects || claims(jdbcUrl) > 0)) {
                Thread.sleep(250);
                stored = stored(jdbcUrl);
                requireAlive(replicas, work);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            var stats = emulator.services().stats().toJson().path("recognitions");
            long beyondOne = stats.path("repeatRecognitions").asLong();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("replicas", REPLICAS);
            figures.put("objects", objects);
            figures.put("rows", stored);
            figures.put("ocrRequests", emulator.services().stats().toJson().path("byOperation").path("vat-invoice")
                    .asLong());
            figures.put("recognitions", stats.path("total").asLong());
            figures.put("documentsRecognisedMoreThanOnce", stats.path("documentsRecognisedMoreThanOnce").asLong());
            figures.put("recognitionsBeyondOnePerDocument", beyondOne);
            figures.put("rowsByReplica", rowsByReplica(jdbcUrl));
            figures.put("seconds", Math.round(seconds * 10) / 10.0);
            out.printf(Locale.ROOT, "[bench] replicas: %s%n", figures);
            report.entry("duplicateCalls3Nodes", stored == objects ? beyondOne : null)
                    .floor(Floor.atMost("duplicateCalls3Nodes", "OCR calls beyond one per document, 3 replica JVMs"
                            + " of obs-to-database, no kill", 0, stored == objects ? (double) beyondOne : null))
                    .detail("figures", figures)
                    .markdown(String.format(Locale.ROOT, "### Three replicas, one bucket, one database\n\n"
                            + "| replicas | objects uploaded at once | rows | OCR requests | recognitions | beyond one per"
                            + " document | rows by replica | seconds |\n|---|---|---|---|---|---|---|---|\n"
                            + "| %d | %d | %d | %s | %s | **%d** | %s | %.1f |\n", REPLICAS, objects, stored,
                            figures.get("ocrRequests"), figures.get("recognitions"), beyondOne,
                            figures.get("rowsByReplica"), seconds));
        } finally {
            for (Process replica : replicas) {
                replica.destroy();
            }
            for (Process replica : replicas) {
                if (!replica.waitFor(60, TimeUnit.SECONDS)) {
                    replica.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
            emulator.stop();
            database.stop();
            s3.stop();
        }
        return report.finish();
    }

    /** Waits (up to 15 minutes) until every replica has logged that it started. */
    private static void awaitStarted(List<Process> replicas, Path work) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (int r = 0; r < replicas.size(); r++) {
                Path log = work.resolve("replica-" + r + ".log");
                all &= Files.exists(log) && Files.readString(log).contains("Started ObsToDatabaseApplication");
            }
            if (all) {
                return;
            }
            requireAlive(replicas, work);
            Thread.sleep(500);
        }
        throw new IllegalStateException("the replicas did not start within 15 minutes; see their logs in " + work);
    }

    private static void requireAlive(List<Process> replicas, Path work) {
        for (Process replica : replicas) {
            if (!replica.isAlive()) {
                throw new IllegalStateException("a replica ended; see its log in " + work);
            }
        }
    }

    private Process startReplica(int index, Path work, String s3Endpoint, String jdbcUrl, HuaweiOcrEmulator emulator)
            throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", exampleJar.toString(),
                "--example.replica.name=replica-" + index,
                "--example.emulator.enabled=false",
                "--example.samples.enabled=false",
                "--example.data-dir=" + work.resolve("replica-" + index),
                "--example.obs.embedded=false",
                "--example.obs.endpoint=" + s3Endpoint,
                "--example.obs.bucket=" + BUCKET,
                "--example.obs.poll-delay=500",
                "--camel.component.huaweiocr.allow-cross-region-obs=true",
                "--camel.component.huaweiocr.endpoint=" + emulator.baseUrl(),
                "--camel.component.huaweiocr.region=" + emulator.region(),
                "--camel.component.huaweiocr.project-id=" + emulator.projectId(),
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("replica-" + index + ".log").toFile());
        builder.environment().put("CAMEL_COMPONENT_HUAWEIOCR_ACCESSKEY", emulator.accessKey());
        builder.environment().put("CAMEL_COMPONENT_HUAWEIOCR_SECRETKEY", emulator.secretKey());
        builder.environment().put("EXAMPLE_OBS_ACCESSKEY", ACCESS_KEY);
        builder.environment().put("EXAMPLE_OBS_SECRETKEY", SECRET_KEY);
        return builder.start();
    }

    /** Objects of their own bytes (each a distinct document for the emulator's per-document count). */
    private static void upload(String s3Endpoint, int objects) throws Exception {
        MinioClient client = MinioClient.builder().endpoint(s3Endpoint).credentials(ACCESS_KEY, SECRET_KEY).build();
        client.makeBucket(MakeBucketArgs.builder().bucket(BUCKET).build());
        for (int n = 0; n < objects; n++) {
            byte[] png = page(n);
            client.putObject(PutObjectArgs.builder().bucket(BUCKET).object(String.format("incoming/%05d.png", n))
                    .stream(new ByteArrayInputStream(png), png.length, -1).contentType("image/png").build());
        }
    }

    /** A 200 x 150 PNG (vat-invoice takes at least 100 pixels a side) whose first row holds the bits of {@code n}. */
    private static byte[] page(int n) throws IOException {
        BufferedImage image = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 200; x++) {
                boolean bit = y == 0 && x < 32 && ((n >>> x) & 1) == 1;
                image.setRGB(x, y, bit ? 0xFFFFFF : y == 0 ? 0 : 0xF0F0F0);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static long stored(String jdbcUrl) throws SQLException {
        return count(jdbcUrl, "select (select count(*) from invoice) + (select count(*) from invoice_failure)");
    }

    private static long claims(String jdbcUrl) throws SQLException {
        return count(jdbcUrl, "select count(*) from invoice_claim");
    }

    private static Map<String, Long> rowsByReplica(String jdbcUrl) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select replica, count(*) from invoice group by replica order by replica")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        }
        return rows;
    }

    private static long count(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException notYet) {
            // the replicas create the tables when they start
            if (notYet.getMessage() != null && notYet.getMessage().contains("not found")) {
                return 0;
            }
            throw notYet;
        }
    }
}
