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

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationCatalog;
import io.github.huaweiocr.emulator.catalog.OperationSpec;

class SyntheticRecognizerTest {

    private final SyntheticRecognizer synthetic = new SyntheticRecognizer(OperationCatalog.standard());

    static Stream<String> segments() {
        return OperationCatalog.standard().all().stream().map(OperationSpec::segment);
    }

    @Test
    void catalogueHasTheFiftyTwoOperations() {
        assertThat(segments()).hasSize(52);
    }

    @ParameterizedTest
    @MethodSource("segments")
    void answersWithTheFieldTypesOfSpecSectionSixForAPlainRequest(String segment) {
        OperationSpec operation = Samples.operation(segment);
        RecognitionResult answer = synthetic.generate(Samples.request(operation,
                Samples.bytes(Samples.RECEIPT), "PNG", Samples.body()));

        assertThat(ResultSchemaValidator.validateResponse(operation, response(answer))).isEmpty();
        assertThat(answer.result().isArray()).isEqualTo(operation.arrayResult());
    }

    @ParameterizedTest
    @MethodSource("segments")
    void hasEveryFieldOfTheSchemaWhenEveryOptionalOutputIsRequested(String segment) {
        OperationSpec operation = Samples.operation(segment);
        RecognitionResult answer = synthetic.generate(Samples.request(operation,
                Samples.bytes(Samples.RECEIPT), "PNG", SchemaPaths.everythingRequested(operation)));

        assertThat(ResultSchemaValidator.validateResponse(operation, response(answer))).isEmpty();
        assertThat(SchemaPaths.present(answer.result())).containsAll(SchemaPaths.declared(operation.result()));
    }

    @ParameterizedTest
    @MethodSource("segments")
    void sameImageAndRequestGiveTheSameResultAndAnotherImageADifferentOne(String segment) {
        OperationSpec operation = Samples.operation(segment);
        ObjectNode body = SchemaPaths.everythingRequested(operation);
        JsonNode first = synthetic.generate(Samples.request(operation, Samples.bytes(Samples.RECEIPT), "PNG", body))
                .result();
        JsonNode again = synthetic.generate(Samples.request(operation, Samples.bytes(Samples.RECEIPT), "PNG", body))
                .result();
        JsonNode other = synthetic.generate(Samples.request(operation, Samples.bytes(Samples.ENGLISH_PAGE), "PNG",
                body)).result();

        assertThat(again).isEqualTo(first);
        if (operation.takesImage()) {
            assertThat(other).isNotEqualTo(first);
        }
    }

    @ParameterizedTest
    @MethodSource("segments")
    void countsEqualTheSizeOfTheirLists(String segment) {
        OperationSpec operation = Samples.operation(segment);
        JsonNode result = synthetic.generate(Samples.request(operation, Samples.bytes(Samples.RECEIPT), "PNG",
                SchemaPaths.everythingRequested(operation))).result();

        List<String> mismatches = new ArrayList<>();
        walk(result, "result", (path, node) -> node.fieldNames().forEachRemaining(name -> {
            JsonNode list = node.get(name.replaceFirst("_count$", "_list"));
            if (name.endsWith("_count") && list != null && node.get(name).asInt() != list.size()) {
                mismatches.add(path + "." + name);
            }
        }));
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("segments")
    void locationsAreFourIntegerPointsInsideTheImageAndConfidencesLieBetweenZeroAndOne(String segment) {
        OperationSpec operation = Samples.operation(segment);
        RecognitionRequest request = Samples.request(operation, Samples.bytes(Samples.RECEIPT), "PNG",
                SchemaPaths.everythingRequested(operation));
        JsonNode result = synthetic.generate(request).result();
        int width = request.width() > 0 ? request.width() : SyntheticRecognizer.DEFAULT_WIDTH;
        int height = request.height() > 0 ? request.height() : SyntheticRecognizer.DEFAULT_HEIGHT;

        List<String> problems = new ArrayList<>();
        walk(result, "result", (path, node) -> node.fields().forEachRemaining(member -> {
            String name = member.getKey();
            JsonNode value = member.getValue();
            if (name.endsWith("location") && value.isArray() && !isQuadInside(value, width, height)) {
                problems.add(path + "." + name + " = " + value);
            }
            if (name.endsWith("confidence") && value.isNumber()
                    && (value.asDouble() < 0 || value.asDouble() > 1)) {
                problems.add(path + "." + name + " = " + value);
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void amountsDatesAndNumbersStayStrings() {
        JsonNode invoice = synthetic.generate(Samples.request("vat-invoice", Samples.RECEIPT, Samples.body()))
                .result();

        assertThat(invoice.get("issue_date").isTextual()).isTrue();
        assertThat(invoice.get("issue_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(invoice.get("total").isTextual()).isTrue();
        assertThat(invoice.get("total").asText()).matches("\\d+\\.\\d{2}");
        assertThat(invoice.get("number").asText()).matches("\\d+");
        assertThat(invoice.get("confidence").isObject()).isTrue();
        assertThat(invoice.get("confidence").fieldNames()).toIterable().contains("issue_date", "total");
    }

    @Test
    void householdRegisterConfidencesAreKeyedByTheFieldsOfTheContent() {
        JsonNode pages = synthetic.generate(Samples.request("household-register", Samples.RECEIPT, Samples.body()))
                .result();

        assertThat(pages.get(0).get("confidence").fieldNames()).toIterable().contains("name", "id_card_number");
    }

    @Test
    void generalTextHonoursItsFlags() {
        JsonNode plain = synthetic.generate(Samples.request("general-text", Samples.RECEIPT, Samples.body()))
                .result();
        ObjectNode asking = Samples.body().put("detect_direction", true).put("character_mode", true)
                .put("return_markdown_result", true);
        JsonNode detailed = synthetic.generate(Samples.request("general-text", Samples.RECEIPT, asking)).result();

        assertThat(plain.get("direction").asDouble()).isEqualTo(-1.0);
        assertThat(plain.get("words_block_list").get(0).get("char_list")).isEmpty();
        assertThat(plain.has("markdown_result")).isFalse();
        assertThat(detailed.get("direction").asDouble()).isNotEqualTo(-1.0);
        assertThat(detailed.get("words_block_list").get(0).get("char_list")).isNotEmpty();
        assertThat(detailed.get("markdown_result").asText()).contains(
                detailed.get("words_block_list").get(0).get("words").asText());
    }

    @Test
    void generalTableHasATextRegionAndATableWithACellMergedAcrossTwoColumns() {
        JsonNode result = synthetic.generate(Samples.request("general-table", Samples.RECEIPT, Samples.body()))
                .result();

        JsonNode regions = result.get("words_region_list");
        assertThat(regions).extracting(region -> region.get("type").asText()).containsExactly("text", "table");
        JsonNode cells = regions.get(1).get("words_block_list");
        assertThat(cells).allSatisfy(cell -> assertThat(cell.has("rows") && cell.has("columns")).isTrue());
        assertThat(cells).anySatisfy(cell -> assertThat(cell.get("columns")).hasSize(2));
        assertThat(result.has("excel")).isFalse();
        assertThat(regions.get(0).get("words_block_list").get(0).has("rows")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"general-table", "financial-statement", "smart-document-recognizer"})
    void returnExcelGivesAnXlsxThatASpreadsheetLibraryOpensWithTheMergedCell(String segment) throws Exception {
        JsonNode result = synthetic.generate(Samples.request(segment, Samples.RECEIPT,
                Samples.body().put("return_excel", true).put("table", true))).result();
        JsonNode excel = segment.equals("smart-document-recognizer")
                ? result.at("/0/table_result/table_list/0/excel") : result.get("excel");

        byte[] xlsx = Base64.getDecoder().decode(excel.asText());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目 Item");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("金额 Amount");
            assertThat(sheet.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("B1:C1"));
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("项目2");
        }
    }

    @Test
    void smartDocumentRecognizerAnswersOnePageWithOnlyTheRequestedSubResults() {
        JsonNode pages = synthetic.generate(Samples.request("smart-document-recognizer", Samples.RECEIPT,
                Samples.body().put("table", true).put("return_excel", true))).result();

        assertThat(pages).hasSize(1);
        JsonNode page = pages.get(0);
        assertThat(page.fieldNames()).toIterable().containsExactlyInAnyOrder("ocr_result", "table_result");
        assertThat(page.at("/table_result/table_list/0/excel").asText()).isNotEmpty();
    }

    @Test
    void autoClassificationContentIsTheResultOfTheTicketTypesOwnOperation() {
        JsonNode tickets = synthetic.generate(Samples.request("auto-classification", Samples.RECEIPT,
                Samples.body().set("type_list", Samples.body().arrayNode().add("vat_invoice")))).result();

        assertThat(tickets).allSatisfy(ticket -> {
            assertThat(ticket.get("type").asText()).isEqualTo("vat_invoice");
            assertThat(ResultSchemaValidator.validateResult(Samples.operation("vat-invoice"), ticket.get("content")))
                    .isEmpty();
        });
    }

    @Test
    void customTemplateAnswersWithTheRequestedTemplateId() {
        RecognitionResult answer = synthetic.generate(Samples.request("custom-template", Samples.RECEIPT,
                Samples.body().put("template_id", "tpl-42")));

        assertThat(answer.topLevel().get("template_id").asText()).isEqualTo("tpl-42");
        assertThat(answer.result().isObject()).isTrue();
    }

    @Test
    void invoiceVerificationEchoesTheInvoiceAndSendsEveryValueAsAString() {
        ObjectNode body = Samples.body().put("code", "011002000111").put("number", "12345678")
                .put("issue_date", "2024-03-15").put("subtotal_amount", "88.00");
        JsonNode result = synthetic.generate(Samples.request(Samples.operation("invoice-verification"), null, null,
                body)).result();

        assertThat(result.get("code").asText()).isEqualTo("011002000111");
        assertThat(result.get("number").asText()).isEqualTo("12345678");
        assertThat(result.get("subtotal_amount").asText()).isEqualTo("88.00");
        List<String> nonStrings = new ArrayList<>();
        walk(result, "result", (path, node) -> node.fields().forEachRemaining(member -> {
            if (member.getValue().isValueNode() && !member.getValue().isTextual()) {
                nonStrings.add(path + "." + member.getKey());
            }
        }));
        assertThat(nonStrings).isEmpty();
        assertThat(result.get("items")).isNotEmpty();
    }

    @Test
    void unknownPixelSizeOfAPdfStillGivesLocationsOnAPage() {
        OperationSpec operation = Samples.operation("general-text");
        byte[] pdf = "%PDF-1.4 minimal".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        RecognitionRequest request = new RecognitionRequest(operation, pdf, "PDF", -1, -1, Samples.sha256(pdf),
                Samples.body());

        JsonNode location = synthetic.generate(request).result().at("/words_block_list/0/location");
        assertThat(isQuadInside(location, SyntheticRecognizer.DEFAULT_WIDTH, SyntheticRecognizer.DEFAULT_HEIGHT))
                .isTrue();
    }

    private static ObjectNode response(RecognitionResult answer) {
        ObjectNode response = Samples.body();
        response.set("result", answer.result());
        answer.topLevel().forEach(response::set);
        return response;
    }

    static boolean isQuadInside(JsonNode quad, int width, int height) {
        if (quad.size() != 4) {
            return false;
        }
        for (JsonNode point : quad) {
            if (point.size() != 2 || !point.get(0).isInt() || !point.get(1).isInt()) {
                return false;
            }
            int x = point.get(0).asInt();
            int y = point.get(1).asInt();
            if (x < 0 || y < 0 || x >= width || y >= height) {
                return false;
            }
        }
        return true;
    }

    /** Calls {@code visitor} with every object in {@code node}, and its path. */
    static void walk(JsonNode node, String path, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(path, node);
            node.fields().forEachRemaining(member -> walk(member.getValue(), path + "." + member.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

}
