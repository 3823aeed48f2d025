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
package io.github.huaweiocr.camel;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.PdfDocumentReader;
import io.github.huaweiocr.camel.input.PdfPagePlan;
import io.github.huaweiocr.camel.job.JobSettings;
import io.github.huaweiocr.camel.job.Plan;
import io.github.huaweiocr.camel.job.Planner;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.obs.ObsObjectResolver;
import io.github.huaweiocr.camel.operation.Limits;
import io.github.huaweiocr.camel.support.S3ProxyServer;
import io.github.huaweiocr.camel.support.TestPdfs;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scanned PDFs (an incompressible JPEG per page) through {@code huaweiocr:generalText} with the default options,
 * against the emulator: every page cut out and sent on its own, its result in its entry, in page order, whether the
 * PDF comes as bytes, as a file larger than one call may carry (read from disk), as a stream (copied to a temporary
 * file, deleted when the exchange is done) or as an object in s3proxy read with {@code obsInputMode=DOWNLOAD} (copied
 * likewise, deleted when its calls are done; an object that is not a PDF refused before it is downloaded, as the
 * store's count of bytes sent shows); the same pages one exchange each
 * with {@link HuaweiOcrPdfPages}; and a PDF over the default {@code maxPages} refused before any call. The emulator
 * answers each cut-out page with "Scanned page N" (a fixture keyed by the page's bytes), so an entry holding another
 * page's text, the synthetic answer of a whole PDF, or a page out of order fails the test. Heap use is measured by
 * the benchmark run {@code large-pdf}, not here.
 */
class LargePdfRouteTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BUCKET = "scans";

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    @RegisterExtension
    static final S3ProxyServer S3 = S3ProxyServer.withBucket(BUCKET);

    @TempDir
    static Path dir;

    private static byte[] tenPages;
    private static Path hundredPages;

    private final List<Exchange> split = Collections.synchronizedList(new ArrayList<>());
    private final Set<Path> copiesDuringExchange = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void writeScans() throws Exception {
        Path ten = dir.resolve("ten.pdf");
        TestPdfs.scanned(ten, 10, 800);
        tenPages = Files.readAllBytes(ten);
        hundredPages = dir.resolve("hundred.pdf");
        TestPdfs.scanned(hundredPages, 100, 400);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:split")
                        .split(HuaweiOcrPdfPages.pages()).streaming()
                            .to(EmulatorUris.akSk(emulator, "generalText", ""))
                            .process(split::add)
                        .end();
                from("direct:stream")
                        .to(EmulatorUris.akSk(emulator, "generalText", ""))
                        // the spooled copy exists while the exchange is on its way
                        .process(e -> copiesDuringExchange.addAll(TestPdfs.spooledCopies()));
                from("direct:splitSome")
                        .split(HuaweiOcrPdfPages.pages("3-5,9")).streaming()
                            .to(EmulatorUris.akSk(emulator, "generalText", ""))
                            .process(split::add)
                        .end();
            }
        };
    }

    @Test
    void aTenPageScanGivesTenEntriesInPageOrderEachPageSentOnItsOwn() throws Exception {
        assertThat((long) tenPages.length).isGreaterThan(PdfPagePlan.SAME_PDF_MAX_BYTES);
        answerEachPage(tenPages, 10);

        Exchange out = template.request(EmulatorUris.akSk(emulator, "generalText", ""),
                e -> e.getMessage().setBody(tenPages));

        assertThat(out.getException()).isNull();
        assertEntriesInPageOrder(out, 10);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(10);
    }

    @Test
    void aHundredPageScanFileLargerThanOneCallIsReadFromDiskWithTheDefaultOptions() throws Exception {
        assertThat(Files.size(hundredPages)).isGreaterThan(Limits.MAX_RAW_LENGTH);
        answerEachPage(Files.readAllBytes(hundredPages), 100);

        Exchange out = template.request(EmulatorUris.akSk(emulator, "generalText", ""),
                e -> e.getMessage().setBody(hundredPages.toFile()));

        assertThat(out.getException()).isNull();
        assertEntriesInPageOrder(out, 100);
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.PAGE_COUNT)).isEqualTo(100);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(100);
    }

    @Test
    void aHundredPageScanArrivingAsAStreamIsReadFromATemporaryCopyDeletedWhenTheExchangeIsDone() throws Exception {
        answerEachPage(Files.readAllBytes(hundredPages), 100);
        Set<Path> before = TestPdfs.spooledCopies();

        Exchange out;
        try (InputStream upload = Files.newInputStream(hundredPages)) {
            out = template.request("direct:stream", e -> e.getMessage().setBody(upload));
        }

        assertThat(out.getException()).isNull();
        assertEntriesInPageOrder(out, 100);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(100);
        copiesDuringExchange.removeAll(before);
        assertThat(copiesDuringExchange).as("the stream's copy on disk while the exchange ran").hasSize(1);
        assertThat(TestPdfs.spooledCopies()).as("copies left once the exchange is done").isEqualTo(before);
    }

    @Test
    void aHundredPageScanInObsIsDownloadedToATemporaryCopyReadPageByPageAndDeletedWhenItsCallsAreDone()
            throws Exception {
        byte[] scan = Files.readAllBytes(hundredPages);
        S3.put(BUCKET, "in/hundred.pdf", scan, "application/pdf");
        answerEachPage(scan, 100);
        Set<Path> before = TestPdfs.spooledCopies();

        Exchange[] out = new Exchange[1];
        Set<Path> created = copiesCreatedBy(() -> out[0] = template.request(EmulatorUris.akSk(emulator, "generalText",
                S3.uriOptions() + "&obsInputMode=DOWNLOAD"), e -> e.getMessage().setBody("obs://" + BUCKET
                + "/in/hundred.pdf")));

        assertThat(out[0].getException()).isNull();
        assertEntriesInPageOrder(out[0], 100);
        assertThat(out[0].getMessage().getHeader(HuaweiOcrConstants.PAGE_COUNT)).isEqualTo(100);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(100);
        assertThat(created).as("the download's copy on disk").hasSize(1);
        assertThat(TestPdfs.spooledCopies()).as("copies left once the calls are done").isEqualTo(before);
        assertThat(S3.bytesServed(BUCKET, "in/hundred.pdf")).as("the first bytes, then the whole object once")
                .isEqualTo(ObsObjectResolver.HEAD_LENGTH + scan.length);
    }

    @Test
    void theTemporaryCopyOfADownloadedPdfIsDeletedWhenTheDocumentFails() throws Exception {
        S3.put(BUCKET, "in/refused-pages.pdf", Files.readAllBytes(hundredPages), "application/pdf");
        Set<Path> before = TestPdfs.spooledCopies();

        Set<Path> created = copiesCreatedBy(() -> assertThatThrownBy(() -> template.requestBody(
                EmulatorUris.akSk(emulator, "generalText", S3.uriOptions() + "&obsInputMode=DOWNLOAD&pages=150-151"),
                "obs://" + BUCKET + "/in/refused-pages.pdf"))
                .cause().isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("150"));

        assertThat(created).as("the download's copy on disk").hasSize(1);
        assertThat(TestPdfs.spooledCopies()).as("copies left once the document failed").isEqualTo(before);
        assertThat(emulator.admin().totalRequests()).isZero();
    }

    @Test
    void anObjectLargerThanOneCallThatIsNotAPdfIsRefusedWithoutBeingDownloaded() throws Exception {
        byte[] noise = new byte[(int) Limits.MAX_RAW_LENGTH + 1024];
        new Random(11).nextBytes(noise);
        S3.put(BUCKET, "in/noise.bin", noise, "application/octet-stream");
        Set<Path> before = TestPdfs.spooledCopies();

        assertThatThrownBy(() -> template.requestBody(EmulatorUris.akSk(emulator, "generalText",
                S3.uriOptions() + "&obsInputMode=DOWNLOAD"), "obs://" + BUCKET + "/in/noise.bin"))
                .cause().isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("obs://" + BUCKET + "/in/noise.bin")
                .hasMessageContaining("is " + noise.length + " bytes")
                .hasMessageContaining("obsInputMode=URL");
        assertThat(S3.bytesServed(BUCKET, "in/noise.bin")).as("bytes of the object the store sent")
                .isEqualTo(ObsObjectResolver.HEAD_LENGTH);
        assertThat(TestPdfs.spooledCopies()).isEqualTo(before);
        assertThat(emulator.admin().totalRequests()).isZero();
    }

    @Test
    void theSplitReadsAStreamFromATemporaryCopyToo() throws Exception {
        answerEachPage(Files.readAllBytes(hundredPages), 100);
        Set<Path> before = TestPdfs.spooledCopies();

        try (InputStream upload = Files.newInputStream(hundredPages)) {
            template.sendBody("direct:split", upload);
        }

        assertThat(split).hasSize(100);
        assertThat(split).extracting(e -> e.getMessage().getHeader(HuaweiOcrConstants.PDF_PAGE))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
        assertThat(TestPdfs.spooledCopies()).as("copies left once the exchange is done").isEqualTo(before);
    }

    @Test
    void aStreamLargerThanOneCallThatIsNotAPdfIsRefusedWithoutACopy() {
        byte[] noise = new byte[(int) Limits.MAX_RAW_LENGTH + 1024];
        new Random(7).nextBytes(noise);
        Set<Path> before = TestPdfs.spooledCopies();

        assertThatThrownBy(() -> template.requestBody(EmulatorUris.akSk(emulator, "generalText", ""),
                new ByteArrayInputStream(noise)))
                .cause().isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("more than " + Limits.MAX_RAW_LENGTH + " bytes");
        assertThat(TestPdfs.spooledCopies()).isEqualTo(before);
        assertThat(emulator.admin().totalRequests()).isZero();
    }

    @Test
    void theSplitGivesOneExchangePerPageInPageOrderWithThePagesResult() throws Exception {
        answerEachPage(Files.readAllBytes(hundredPages), 100);

        template.sendBodyAndHeader("direct:split", hundredPages.toFile(), Exchange.FILE_NAME, "hundred.pdf");

        assertThat(split).hasSize(100);
        for (int i = 0; i < 100; i++) {
            Exchange page = split.get(i);
            assertThat(page.getException()).isNull();
            assertThat(page.getMessage().getHeader(HuaweiOcrConstants.PDF_PAGE)).isEqualTo(i + 1);
            assertThat(page.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo("hundred.pdf");
            assertThat(page.getProperty(Exchange.SPLIT_INDEX)).isEqualTo(i);
            List<?> entries = page.getMessage().getBody(List.class);
            assertThat(entries).hasSize(1);
            assertThat(words((Map<?, ?>) entries.get(0))).isEqualTo("Scanned page " + (i + 1));
        }
        assertThat(emulator.admin().requests("general-text")).isEqualTo(100);
    }

    @Test
    void theSplitOfSelectedPagesGivesOnlyThoseInOrder() throws Exception {
        answerEachPage(tenPages, 10);

        template.sendBody("direct:splitSome", tenPages);

        assertThat(split).extracting(e -> e.getMessage().getHeader(HuaweiOcrConstants.PDF_PAGE))
                .containsExactly(3, 4, 5, 9);
        assertThat(split).extracting(e -> words((Map<?, ?>) e.getMessage().getBody(List.class).get(0)))
                .containsExactly("Scanned page 3", "Scanned page 4", "Scanned page 5", "Scanned page 9");
        assertThat(emulator.admin().requests("general-text")).isEqualTo(4);
    }

    @Test
    void aPdfOverTheDefaultMaxPagesIsRefusedBeforeAnyCallWithTheWayOut() {
        byte[] thousandAndOne = TestPdfs.pages(1001);

        assertThatThrownBy(() -> template.requestBody(EmulatorUris.akSk(emulator, "generalText", ""), thousandAndOne))
                .cause().isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("1001 pages, more than maxPages=1000")
                .hasMessageContaining("HuaweiOcrPdfPages.pages()");
        assertThat(emulator.admin().totalRequests()).isZero();
    }

    @Test
    void theDefaultOptionsAdmitAFiveHundredPageScanCutIntoPages() {
        JobSettings defaults = JobSettingsResolver.resolve(new HuaweiOcrConfiguration(), HuaweiOcrOperation.GENERAL_TEXT);

        Plan.Pages pages = new Planner(defaults).pages(HuaweiOcrOperation.GENERAL_TEXT, 150L * 1024 * 1024, 500);

        assertThat(pages.pages()).hasSize(500).startsWith(1, 2).endsWith(500);
        assertThat(pages.delivery().delivery()).isEqualTo(PdfPagePlan.Delivery.SINGLE_PAGE_PDF);
        assertThatThrownBy(() -> new Planner(defaults).pages(HuaweiOcrOperation.GENERAL_TEXT, 1000, 1001))
                .isInstanceOf(HuaweiOcrInputException.class);
    }

    /**
     * Runs {@code action} and returns the temporary PDF copies the file system reports created in the JVM's temporary
     * folder meanwhile (a copy deleted before the action returned is reported too).
     */
    private static Set<Path> copiesCreatedBy(Runnable action) throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (WatchService watcher = tmp.getFileSystem().newWatchService()) {
            tmp.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            action.run();
            Set<Path> created = new HashSet<>();
            // Creation events are queued as files are created; waiting only bounds a run where none was.
            for (WatchKey key = watcher.poll(30, TimeUnit.SECONDS); key != null; key = watcher.poll()) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && name.toString().startsWith("huaweiocr-")
                            && name.toString().endsWith(".pdf")) {
                        created.add(tmp.resolve(name));
                    }
                }
                key.reset();
            }
            return created;
        }
    }

    /** Registers "Scanned page N" as the emulator's answer for page N cut out of {@code pdf}. */
    private static void answerEachPage(byte[] pdf, int pages) throws Exception {
        try (PdfDocumentReader reader = PdfDocumentReader.open(pdf)) {
            for (int page = 1; page <= pages; page++) {
                String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(reader.extractPage(page)));
                emulator.emulator().services().engine().fixtures().put(sha256, "general-text", answer(page));
            }
        }
    }

    private static ObjectNode answer(int page) {
        ObjectNode response = JSON.createObjectNode();
        ObjectNode result = response.putObject("result");
        result.put("direction", -1);
        result.put("words_block_count", 1);
        ObjectNode block = result.putArray("words_block_list").addObject();
        block.put("words", "Scanned page " + page);
        var location = block.putArray("location");
        location.addArray().add(0).add(0);
        location.addArray().add(10).add(0);
        location.addArray().add(10).add(10);
        location.addArray().add(0).add(10);
        block.put("confidence", 0.99);
        block.putArray("char_list");
        return response;
    }

    private static void assertEntriesInPageOrder(Exchange out, int pages) {
        List<?> entries = out.getMessage().getBody(List.class);
        assertThat(entries).hasSize(pages);
        for (int i = 0; i < pages; i++) {
            Map<?, ?> entry = (Map<?, ?>) entries.get(i);
            assertThat(entry.get("page")).isEqualTo(i + 1);
            assertThat(entry.containsKey("error")).as("page %d failed: %s", i + 1, entry.get("error")).isFalse();
            assertThat(words(entry)).isEqualTo("Scanned page " + (i + 1));
        }
    }

    private static String words(Map<?, ?> entry) {
        Map<?, ?> result = (Map<?, ?>) entry.get("result");
        List<?> blocks = (List<?>) result.get("words_block_list");
        return (String) ((Map<?, ?>) blocks.get(0)).get("words");
    }
}
