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
package io.github.huaweiocr.emulator.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationCatalog;
import io.github.huaweiocr.emulator.catalog.OperationSpec;

/** The real engine reading the committed sample images (rendered with a CJK font, see tools/RenderOcrSamples.java). */
class RapidOcrRecognitionTest {

    private static RecognitionEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = RecognitionEngine.create(RecognitionEngine.RAPIDOCR);
        assertThat(engine.warmUp()).as("RapidOCR natives load on this machine").isTrue();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void readsTheEnglishSample() throws Exception {
        String text = words(generalText(Samples.ENGLISH_TEXT, Samples.body()));

        assertThat(text).contains("apachecamelmeetshuaweicloudocr", "invoicenumber20240315", "totalamount88.00eur",
                "quickbrownfox", "lazydog");
    }

    @Test
    void readsTheChineseSample() throws Exception {
        String text = words(generalText(Samples.CHINESE_TEXT, Samples.body()));

        assertThat(text).contains("华为云文字识别服务", "北京市海淀区中关村大街", "发票金额八十八元整", "通用文字识别");
    }

    @Test
    void readsTheReceiptMixingChineseAndEnglish() throws Exception {
        String text = words(generalText(Samples.RECEIPT, Samples.body()));

        assertThat(text).contains("购物小票", "storereceipt", "2024-03-15", "苹果", "apple", "11.00", "牛奶",
                "milk", "12.80", "合计", "total23.80", "thankyou");
    }

    @Test
    void readsTheEnglishPageTopToBottom() throws Exception {
        String text = words(generalText(Samples.ENGLISH_PAGE, Samples.body()));

        assertThat(text).containsSubsequence("opticalcharacterrecognition", "sampledocumentfortheemulator",
                "recognitionengine", "page1of1");
    }

    @Test
    void generalTextBlocksHaveTheTypesOfTheSpecAndLieInsideTheImage() throws Exception {
        RecognitionRequest request = Samples.request("general-text", Samples.RECEIPT, Samples.body());
        JsonNode result = engine.recognize(request).result();

        assertThat(ResultSchemaValidator.validateResult(request.operation(), result)).isEmpty();
        assertThat(result.get("direction").asDouble()).isEqualTo(-1.0);
        assertThat(result.get("words_block_count").asInt()).isEqualTo(result.get("words_block_list").size())
                .isGreaterThanOrEqualTo(6);
        assertThat(result.get("words_block_list")).allSatisfy(block -> {
            assertThat(SyntheticRecognizerTest.isQuadInside(block.get("location"), request.width(),
                    request.height())).isTrue();
            assertThat(block.get("confidence").asDouble()).isBetween(0.5, 1.0);
            assertThat(block.get("char_list")).isEmpty();
        });
        assertThat(result.has("markdown_result")).isFalse();
    }

    @Test
    void characterModeGivesOneEntryPerCharacterAndMarkdownJoinsTheLines() throws Exception {
        ObjectNode body = Samples.body().put("character_mode", true).put("return_markdown_result", true);
        RecognitionRequest request = Samples.request("general-text", Samples.ENGLISH_TEXT, body);
        JsonNode result = engine.recognize(request).result();

        assertThat(ResultSchemaValidator.validateResult(request.operation(), result)).isEmpty();
        List<String> lines = new ArrayList<>();
        for (JsonNode block : result.get("words_block_list")) {
            String words = block.get("words").asText();
            lines.add(words);
            JsonNode chars = block.get("char_list");
            assertThat(chars).hasSize(words.codePointCount(0, words.length()));
            assertThat(chars.get(0).get("char").asText()).isEqualTo(words.substring(0, 1));
            assertThat(chars).allSatisfy(c -> assertThat(SyntheticRecognizerTest.isQuadInside(
                    c.get("char_location"), request.width(), request.height())).isTrue());
        }
        assertThat(result.get("markdown_result").asText()).isEqualTo(String.join("\n", lines));
    }

    @Test
    void otherTextOperationsCarryTheRecognisedLines() throws Exception {
        for (String segment : List.of("handwriting", "web-image", "general-table", "smart-document-recognizer")) {
            OperationSpec operation = Samples.operation(segment);
            RecognitionRequest request = Samples.request(operation, Samples.bytes(Samples.CHINESE_TEXT), "PNG",
                    SchemaPaths.everythingRequested(operation));
            JsonNode result = engine.recognize(request).result();

            assertThat(ResultSchemaValidator.validateResult(operation, result)).as(segment).isEmpty();
            assertThat(words(result)).as(segment).contains("华为云文字识别服务", "中关村大街");
        }
    }

    @Test
    void generalTableAnswersOneTextRegionAndAnExcelOfTheLines() throws Exception {
        JsonNode result = engine.recognize(Samples.request("general-table", Samples.RECEIPT,
                Samples.body().put("return_excel", true))).result();

        assertThat(result.get("words_region_count").asInt()).isEqualTo(1);
        assertThat(result.at("/words_region_list/0/type").asText()).isEqualTo("text");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                Base64.getDecoder().decode(result.get("excel").asText())))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(result.at("/words_region_list/0/words_block_list/0/words").asText());
        }
    }

    @ParameterizedTest
    @CsvSource({"JPEG, jpg", "BMP, bmp", "GIF, gif", "TIFF, tiff"})
    void readsTheOtherRasterFormatsItIsSent(String format, String writer) throws Exception {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Samples.bytes(Samples.ENGLISH_TEXT)));
        BufferedImage rgb = new BufferedImage(png.getWidth(), png.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(png, 0, 0, null);
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        assertThat(ImageIO.write(rgb, writer, encoded)).isTrue();
        RecognitionRequest request = Samples.request(Samples.operation("general-text"), encoded.toByteArray(),
                format, Samples.body());

        assertThat(words(engine.recognize(request).result())).contains("apachecamel", "20240315");
    }

    @Test
    void anImageWithoutTextGivesNoBlocksAndNoDanglingLayoutIndices() throws Exception {
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(200, 120, BufferedImage.TYPE_BYTE_GRAY), "png", blank);
        OperationSpec smart = Samples.operation("smart-document-recognizer");
        RecognitionRequest request = Samples.request(smart, blank.toByteArray(), "PNG",
                Samples.body().put("layout", true));

        JsonNode page = engine.recognize(request).result().get(0);

        assertThat(ResultSchemaValidator.validateResult(smart, engine.recognize(request).result())).isEmpty();
        assertThat(page.at("/ocr_result/words_block_count").asInt()).isZero();
        assertThat(page.at("/ocr_result/words_block_list")).isEmpty();
        assertThat(page.at("/layout_result/layout_block_list")).allSatisfy(
                block -> assertThat(block.get("words_ids")).isEmpty());
    }

    @Test
    void concurrentRequestsEachGetTheTextOfTheirOwnImage() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> english = pool.submit(() -> words(generalText(Samples.ENGLISH_TEXT, Samples.body())));
            Future<String> chinese = pool.submit(() -> words(generalText(Samples.CHINESE_TEXT, Samples.body())));
            Future<String> receipt = pool.submit(() -> words(generalText(Samples.RECEIPT, Samples.body())));
            Future<String> again = pool.submit(() -> words(generalText(Samples.ENGLISH_TEXT, Samples.body())));

            assertThat(english.get()).contains("apachecamel").doesNotContain("华为云");
            assertThat(chinese.get()).contains("华为云").doesNotContain("apachecamel");
            assertThat(receipt.get()).contains("storereceipt");
            assertThat(again.get()).isEqualTo(english.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSyntheticEngineReportsNoRealOcr() {
        try (RecognitionEngine synthetic = RecognitionEngine.create(RecognitionEngine.SYNTHETIC)) {
            assertThat(synthetic.warmUp()).isFalse();
        }
    }

    @Test
    void leavesPdfAndCardOperationsToTheSyntheticAnswer() throws Exception {
        byte[] pdf = "%PDF-1.4 not rendered by the emulator".getBytes(StandardCharsets.US_ASCII);
        OperationSpec generalText = Samples.operation("general-text");
        RecognitionRequest pdfRequest = new RecognitionRequest(generalText, pdf, "PDF", -1, -1, Samples.sha256(pdf),
                Samples.body());
        RecognitionRequest card = Samples.request("bankcard", Samples.ENGLISH_TEXT, Samples.body());
        SyntheticRecognizer synthetic = new SyntheticRecognizer(OperationCatalog.standard());

        assertThat(engine.recognize(pdfRequest).result()).isEqualTo(synthetic.generate(pdfRequest).result());
        assertThat(engine.recognize(card).result()).isEqualTo(synthetic.generate(card).result());
    }

    private static JsonNode generalText(String sample, ObjectNode body) throws RecognitionException {
        return engine.recognize(Samples.request("general-text", sample, body)).result();
    }

    /** Every {@code words} value in the result, concatenated top to bottom, lower case, without white space. */
    private static String words(JsonNode result) {
        StringBuilder out = new StringBuilder();
        SyntheticRecognizerTest.walk(result, "result", (path, node) -> {
            if (node.has("words") && node.get("words").isTextual() && path.contains("words_block_list")
                    && !path.contains("words_list")) {
                out.append(node.get("words").asText()).append('\n');
            }
        });
        return out.toString().toLowerCase(Locale.ROOT).replaceAll("[ \\t]", "");
    }
}
