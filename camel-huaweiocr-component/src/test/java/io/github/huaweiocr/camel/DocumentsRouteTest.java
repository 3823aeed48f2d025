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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.huaweiocr.camel.error.BatchItemFailedException;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.PdfDocumentReader;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.support.S3ProxyServer;
import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.camel.support.TestPdfs;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue-4 options end to end through routes: object inputs from s3proxy, multi-page PDFs, batches, downscaling,
 * CSV and Excel output and the confidence review, against the emulator over HTTP.
 */
class DocumentsRouteTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "ocr-docs";

    @RegisterExtension
    static final S3ProxyServer S3 = S3ProxyServer.withBucket(BUCKET);

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = S3.emulatorReadingThisStore();

    // ---- objects in OBS / S3 ----

    @Test
    void consumerHeadersWithAnEmptyBodyAreSentAsAPresignedUrlTheEmulatorDownloads() throws Exception {
        byte[] image = TestImages.png(260, 60);
        S3.put(BUCKET, "in box/scan 1.png", image, "image/png");
        ObjectNode fixture = textFixture(image, "general-text", "FROM OBS", 0.96);

        Exchange out = template.request(EmulatorUris.akSk(emulator, "generalText", S3.uriOptions()), e -> {
            e.getIn().setHeader("CamelMinioBucketName", BUCKET);
            e.getIn().setHeader("CamelMinioObjectName", "in box/scan 1.png");
        });

        assertThat(out.getException()).isNull();
        assertThat(tree(out.getMessage().getBody())).isEqualTo(fixture.get("result"));
        // The format header is set only for documents sent as bytes: none were.
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.IMAGE_FORMAT)).isNull();
        assertThat(emulator.admin().requests("general-text")).isEqualTo(1);
    }

    @Test
    void anObsUriBodyInDownloadModeIsReadAndSentAsBytes() throws Exception {
        byte[] image = TestImages.png(270, 60);
        S3.put(BUCKET, "docs/发票.png", image, "image/png");
        ObjectNode fixture = textFixture(image, "general-text", "DOWNLOADED", 0.9);

        Exchange out = template.request(EmulatorUris.akSk(emulator, "generalText", S3.uriOptions()
                + "&obsInputMode=DOWNLOAD"), e -> e.getIn().setBody("obs://" + BUCKET + "/docs/发票.png"));

        assertThat(out.getException()).isNull();
        assertThat(tree(out.getMessage().getBody())).isEqualTo(fixture.get("result"));
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.IMAGE_FORMAT)).isEqualTo("PNG");
    }

    @Test
    void aBucketOutsideTheOcrRegionIsRefusedBeforeTheCallWithTheAdviceToDownload() throws Exception {
        S3.put(BUCKET, "far.png", TestImages.png(100, 40), "image/png");

        assertThatThrownBy(() -> template.requestBody(EmulatorUris.akSk(emulator, "generalText", S3.uriOptions()
                + "&region=" + emulator.region()), "obs://" + BUCKET + "/far.png"))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("us-east-1").hasMessageContaining("obsInputMode=DOWNLOAD");
        assertThat(emulator.admin().requests("general-text")).isZero();
    }

    @Test
    void objectInputReadsTheHeadersEvenWhenTheBodyIsNotEmpty() throws Exception {
        byte[] image = TestImages.png(280, 60);
        S3.put(BUCKET, "forced.png", image, "image/png");
        ObjectNode fixture = textFixture(image, "general-text", "FORCED", 0.9);

        Object body = template.requestBodyAndHeaders(EmulatorUris.akSk(emulator, "generalText", S3.uriOptions()
                        + "&objectInput=true&allowCrossRegionObs=true&region=" + emulator.region()),
                "metadata the consumer left in the body",
                Map.of("CamelAwsS3BucketName", BUCKET, "CamelAwsS3Key", "forced.png"));

        assertThat(tree(body)).isEqualTo(fixture.get("result"));
    }

    // ---- PDF ----

    @Test
    void aPdfInObsDownloadedIsRecognisedPageByPageAsJson() throws Exception {
        S3.put(BUCKET, "reports/q1.pdf", pdf(3), "application/pdf");

        String json = template.requestBodyAndHeaders(EmulatorUris.akSk(emulator, "generalText", S3.uriOptions()
                        + "&obsInputMode=DOWNLOAD&outputType=JSON"), null,
                Map.of("CamelHwCloudObsBucketName", BUCKET, "CamelHwCloudObsObjectKey", "reports/q1.pdf"), String.class);

        JsonNode pages = JSON.readTree(json);
        assertThat(pages.isArray()).isTrue();
        assertThat(pages).extracting(p -> p.path("page").asInt()).containsExactly(1, 2, 3);
        assertThat(pages.get(0).path("result").path("words_block_list").isArray()).isTrue();
        assertThat(emulator.admin().requests("general-text")).isEqualTo(3);
    }

    @Test
    void aPdfInABatchBecomesItsPageEntriesInsideTheItem() {
        byte[] image = TestImages.png(310, 60);
        textFixture(image, "general-text", "IMAGE", 0.9);

        Exchange out = template.request(EmulatorUris.akSk(emulator, "generalText", ""),
                e -> e.getIn().setBody(new Object[] {image, pdf(2)}));

        List<Map<String, Object>> entries = listBody(out);
        assertThat(words(entries.get(0).get("result"))).isEqualTo("IMAGE");
        assertThat(entries.get(1)).containsEntry("index", 1).containsEntry("pageCount", 2);
        assertThat((List<?>) entries.get(1).get("result")).hasSize(2);
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.BATCH_SIZE)).isEqualTo(2);
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.BATCH_FAILURES)).isEqualTo(0);
    }

    @Test
    void aTwelvePagePdfGivesTwelveEntriesInPageOrderForAnOperationThatNeedsImages() throws Exception {
        byte[] pdf = pdf(12);
        try (PdfDocumentReader reader = PdfDocumentReader.open(pdf)) {
            for (int page = 1; page <= 12; page++) {
                textFixture(reader.render(page, 150, ImageFormat.PNG).data(), "handwriting", "Page " + page, 0.9);
            }
        }

        Exchange out = template.request(EmulatorUris.akSk(emulator, "handwriting", "&maxConcurrentRequests=4"),
                e -> e.getIn().setBody(new ByteArrayInputStream(pdf)));

        assertThat(out.getException()).isNull();
        List<Map<String, Object>> pages = listBody(out);
        assertThat(pages).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(pages.get(i)).containsEntry("page", i + 1);
            assertThat(words(pages.get(i).get("result"))).isEqualTo("Page " + (i + 1));
        }
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.PAGE_COUNT)).isEqualTo(12);
        assertThat(emulator.admin().requests("handwriting")).isEqualTo(12);
    }

    @Test
    void selectedPagesOfAPdfGoToAPdfReadingApiOneCallEach() throws Exception {
        Exchange out = template.request(EmulatorUris.akSk(emulator, "generalText", "&pages=2-4,9"),
                e -> e.getIn().setBody(pdf(12)));

        assertThat(out.getException()).isNull();
        assertThat(listBody(out)).extracting(m -> m.get("page")).containsExactly(2, 3, 4, 9);
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.PAGE_COUNT)).isEqualTo(12);
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.IMAGE_FORMAT)).isEqualTo("PDF");
        assertThat(emulator.admin().requests("general-text")).isEqualTo(4);
    }

    @Test
    void aFailedPageIsReportedInItsEntryAndTheOthersStillSucceed() throws Exception {
        // general-table needs a short side of at least 15 px: page 2 is 10 pt high, 10 px at 72 dpi.
        byte[] pdf = TestPdfs.withSmallSecondPage();

        Exchange out = template.request(EmulatorUris.akSk(emulator, "generalTable", "&pdfDpi=72"),
                e -> e.getIn().setBody(pdf));

        assertThat(out.getException()).isNull();
        List<Map<String, Object>> pages = listBody(out);
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).containsKey("result");
        assertThat(pages.get(1)).containsEntry("page", 2).containsKey("error");
        assertThat(pages.get(2)).containsEntry("page", 3).containsKey("result");
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) pages.get(1).get("error");
        assertThat(error).containsEntry("type", "HuaweiOcrInputException");
        assertThat(error.get("exception")).isInstanceOf(HuaweiOcrInputException.class);
    }

    @Test
    void aPdfWithMorePagesThanMaxPagesIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> template.requestBody(EmulatorUris.akSk(emulator, "generalText", "&maxPages=5"),
                pdf(12))).cause().isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("more than maxPages=5");
        assertThat(emulator.admin().totalRequests()).isZero();
    }

    // ---- batches ----

    @Test
    void aBatchOfAHundredImagesWithTenFailuresGivesAHundredEntriesInInputOrder() {
        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            if (i % 10 == 7) {
                batch.add(TestImages.png(10, 10));
            } else {
                byte[] image = TestImages.png(200 + i, 60);
                textFixture(image, "general-text", "item " + i, 0.9);
                batch.add(image);
            }
        }

        Exchange out = template.request(EmulatorUris.akSk(emulator, "generalText", "&maxConcurrentRequests=10"),
                e -> e.getIn().setBody(batch));

        assertThat(out.getException()).isNull();
        List<Map<String, Object>> entries = listBody(out);
        assertThat(entries).hasSize(100);
        for (int i = 0; i < 100; i++) {
            assertThat(entries.get(i)).containsEntry("index", i);
            if (i % 10 == 7) {
                assertThat(entries.get(i)).containsKey("error").doesNotContainKey("result");
            } else {
                assertThat(words(entries.get(i).get("result"))).isEqualTo("item " + i);
            }
        }
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.BATCH_SIZE)).isEqualTo(100);
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.BATCH_FAILURES)).isEqualTo(10);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(90);
    }

    @Test
    void batchFailFastStopsTheExchangeWithTheFailedItemsTypedError() {
        List<Object> batch = List.of(TestImages.png(200, 60), TestImages.png(10, 10), TestImages.png(210, 60));

        assertThatThrownBy(() -> template.requestBody(EmulatorUris.akSk(emulator, "generalText",
                "&batchFailFast=true&maxConcurrentRequests=1"), batch))
                .cause().isInstanceOf(BatchItemFailedException.class)
                .hasMessageContaining("Batch item 1 of 3")
                .cause().isInstanceOf(HuaweiOcrInputException.class);
    }

    // ---- downscaling ----

    @Test
    void autoDownscaleShrinksAnImageOverTheLongestSideInsteadOfRefusingIt() {
        byte[] wide = TestImages.png(5000, 200);
        String uri = EmulatorUris.akSk(emulator, "licensePlate", "");

        assertThatThrownBy(() -> template.requestBody(uri, wide)).cause().isInstanceOf(HuaweiOcrInputException.class);
        assertThat(emulator.admin().totalRequests()).isZero();

        Exchange out = template.request(uri + "&autoDownscale=true", e -> e.getIn().setBody(wide));
        assertThat(out.getException()).isNull();
        assertThat(emulator.admin().requests("license-plate")).isEqualTo(1);
    }

    // ---- tables ----

    @Test
    void csvOutputWritesTheTablesCells() {
        String csv = template.requestBody(EmulatorUris.akSk(emulator, "generalTable", "&outputType=CSV"),
                TestImages.png(400, 200), String.class);

        assertThat(csv).contains("\r\n");
        assertThat(csv.split("\r\n")[0].split(",", -1)).hasSizeGreaterThan(1);
    }

    @Test
    void excelOutputIsAnXlsxThatPoiOpensWithTheTablesCells() throws IOException {
        byte[] xlsx = template.requestBody(EmulatorUris.akSk(emulator, "generalTable", "&outputType=EXCEL"),
                TestImages.png(400, 200), byte[].class);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> texts = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.add(cell.getStringCellValue());
                }
            }
            assertThat(texts).isNotEmpty().anyMatch(t -> !t.isBlank());
        }
    }

    @Test
    void tableOutputsAreRefusedAtEndpointCreationForOtherOperations() {
        assertThatThrownBy(() -> context.getEndpoint(EmulatorUris.akSk(emulator, "idCard", "&outputType=CSV")))
                .isInstanceOf(ResolveEndpointFailedException.class).hasMessageContaining("not idCard");
        assertThatThrownBy(() -> context.getEndpoint(EmulatorUris.akSk(emulator, "generalText", "&pdfDpi=10")))
                .hasMessageContaining("pdfDpi");
        assertThatThrownBy(() -> context.getEndpoint(EmulatorUris.akSk(emulator, "generalText", "&pages=1-x")))
                .hasMessageContaining("'x' is not a page number");
        assertThatThrownBy(() -> context.getEndpoint(EmulatorUris.akSk(emulator, "generalText",
                "&confidenceThreshold=1.5"))).hasMessageContaining("confidenceThreshold");
    }

    // ---- confidence review ----

    @Test
    void confidenceThresholdFlagsTheWordsBelowIt() {
        byte[] image = TestImages.png(290, 60);
        textFixture(image, "general-text", "SURE", 0.97, "UNSURE", 0.55);

        Exchange low = template.request(EmulatorUris.akSk(emulator, "generalText", "&confidenceThreshold=0.9"),
                e -> e.getIn().setBody(image));
        Exchange fine = template.request(EmulatorUris.akSk(emulator, "generalText", "&confidenceThreshold=0.5"),
                e -> e.getIn().setBody(image));

        assertThat(low.getMessage().getHeader(HuaweiOcrConstants.LOW_CONFIDENCE)).isEqualTo(true);
        assertThat(low.getMessage().getHeader(HuaweiOcrConstants.LOW_CONFIDENCE_FIELDS))
                .isEqualTo(List.of("words_block_list[1]"));
        assertThat(fine.getMessage().getHeader(HuaweiOcrConstants.LOW_CONFIDENCE)).isEqualTo(false);
        assertThat(fine.getMessage().getHeader(HuaweiOcrConstants.LOW_CONFIDENCE_FIELDS)).isEqualTo(List.of());
        assertThat(fine.getMessage().getHeader(HuaweiOcrConstants.MIN_CONFIDENCE)).isEqualTo(0.55);
    }

    @Test
    void confidencePathsOfABatchPointIntoItsEntries() {
        byte[] a = TestImages.png(300, 60);
        byte[] b = TestImages.png(301, 60);
        textFixture(a, "general-text", "OK", 0.99);
        textFixture(b, "general-text", "OK", 0.99, "LOW", 0.3);

        Exchange out = template.request(EmulatorUris.akSk(emulator, "generalText", "&confidenceThreshold=0.8"),
                e -> e.getIn().setBody(List.of(a, b)));

        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.LOW_CONFIDENCE_FIELDS))
                .isEqualTo(List.of("[1].result.words_block_list[1]"));
    }

    // ---- helpers ----

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listBody(Exchange out) {
        return (List<Map<String, Object>>) out.getMessage().getBody(List.class);
    }

    private static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    private static String words(Object result) {
        JsonNode node = tree(result);
        return node.path("words_block_list").path(0).path("words").asText();
    }

    private static byte[] pdf(int pages) {
        return TestPdfs.pages(pages);
    }

    /** A general-text-shaped fixture: blocks of words with their confidence. */
    private static ObjectNode textFixture(byte[] image, String segment, Object... wordsAndConfidences) {
        ObjectNode response = JSON.createObjectNode();
        ObjectNode result = response.putObject("result");
        if (segment.equals("general-text")) {
            result.put("direction", -1);
        }
        result.put("words_block_count", wordsAndConfidences.length / 2);
        var blocks = result.putArray("words_block_list");
        for (int i = 0; i < wordsAndConfidences.length; i += 2) {
            ObjectNode block = blocks.addObject();
            block.put("words", (String) wordsAndConfidences[i]);
            var location = block.putArray("location");
            location.addArray().add(0).add(0);
            location.addArray().add(10).add(0);
            location.addArray().add(10).add(10);
            location.addArray().add(0).add(10);
            block.put("confidence", (Double) wordsAndConfidences[i + 1]);
            if (segment.equals("general-text")) {
                block.putArray("char_list");
            }
        }
        emulator.admin().putFixture(image, segment, response);
        return response;
    }
}
