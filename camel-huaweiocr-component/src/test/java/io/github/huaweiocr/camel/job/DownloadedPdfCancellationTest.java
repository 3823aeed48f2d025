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
package io.github.huaweiocr.camel.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.Disposable;

import io.github.huaweiocr.camel.client.OcrClient;
import io.github.huaweiocr.camel.client.OcrClientSettings;
import io.github.huaweiocr.camel.client.OcrTransport;
import io.github.huaweiocr.camel.client.TestSettings;
import io.github.huaweiocr.camel.obs.ObjectReference;
import io.github.huaweiocr.camel.obs.ObsInputMode;
import io.github.huaweiocr.camel.obs.ObsObjectResolver;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.Limits;
import io.github.huaweiocr.camel.support.S3ProxyServer;
import io.github.huaweiocr.camel.support.TestPdfs;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A PDF object larger than one call, downloaded ({@code obsInputMode=DOWNLOAD}) to a temporary copy: the copy is
 * deleted when the document's Mono is cancelled while its pages are being recognised, as it is when the document
 * answers or fails (those two are shown through routes in {@code LargePdfRouteTest}). Against s3proxy and the
 * emulator, whose answers are held back so that the pages are still in flight when the document is cancelled.
 */
class DownloadedPdfCancellationTest {

    private static final String BUCKET = "scans";

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    @RegisterExtension
    static final S3ProxyServer S3 = S3ProxyServer.withBucket(BUCKET);

    @TempDir
    static Path dir;

    @Test
    void theCopyIsDeletedWhenTheDocumentIsCancelledWhileItsPagesAreInFlight() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        assertThat(TestPdfs.scanned(scan, 100, 400)).isGreaterThan(Limits.MAX_RAW_LENGTH);
        S3.put(BUCKET, "scan.pdf", Files.readAllBytes(scan), "application/pdf");
        emulator.admin().injectFault(FaultSpec.latency(Duration.ofMinutes(5)).operation("general-text"));
        Set<Path> before = TestPdfs.spooledCopies();

        JobSettings settings = JobFixtures.settings(HuaweiOcrOperation.GENERAL_TEXT)
                .obsInputMode(ObsInputMode.DOWNLOAD)
                .obsSettings(() -> S3.settings(null))
                .maxConcurrentRequests(2)
                .build();
        OcrTransport transport = OcrTransport.create(4);
        try (ObsObjectResolver resolver = new ObsObjectResolver(S3.settings(null));
             OcrClient client = transport.newClient(clientSettings())) {
            Runner runner = new Runner(settings, obs -> resolver);
            OcrJob job = new OcrJob(HuaweiOcrOperation.GENERAL_TEXT,
                    new JobInput.ObjectRef(ObjectReference.of(BUCKET, "scan.pdf")), Map.of());

            Disposable running = runner.run(job, client).subscribe(r -> { }, e -> { });
            await().atMost(Duration.ofSeconds(60)).until(() -> emulator.admin().requests("general-text") >= 2);
            Set<Path> copies = new HashSet<>(TestPdfs.spooledCopies());
            copies.removeAll(before);
            assertThat(copies).as("the download's copy while its pages are in flight").hasSize(1);

            running.dispose();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(TestPdfs.spooledCopies()).as("copies left once the document is cancelled").isEqualTo(before));
            assertThat(emulator.admin().requests("general-text")).as("pages sent before the cancellation").isEqualTo(2);
        } finally {
            emulator.admin().clearFaults();
            transport.close();
        }
    }

    /** The emulator holds its answers for minutes: the calls must neither time out nor be retried meanwhile. */
    private static OcrClientSettings clientSettings() {
        return TestSettings.aksk(emulator)
                .requestTimeout(Duration.ofMinutes(10))
                .maxConcurrentRequests(4)
                .maxRetries(0)
                .build();
    }
}
