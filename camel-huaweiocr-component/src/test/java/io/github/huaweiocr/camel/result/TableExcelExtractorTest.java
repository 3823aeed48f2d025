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
package io.github.huaweiocr.camel.result;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableExcelExtractorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void generalTableExcelDecodesToAnXlsxThatPoiOpensWithTheTableCells() throws IOException {
        ObjectNode result = JSON.createObjectNode();
        result.putArray("words_region_list");
        result.put("excel", Base64.getEncoder().encodeToString(workbook("Item", "Amount", "Tea", "3")));

        byte[] xlsx = TableExcelExtractor.single(result);
        assertThat(TableExcelExtractor.body(result)).isEqualTo(xlsx);

        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Item");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Amount");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tea");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("3");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("B1:C1"));
        }
    }

    @Test
    void smartDocumentRecognizerGivesOneWorkbookPerTableInDocumentOrder() throws IOException {
        ArrayNode pages = JSON.createArrayNode();
        ObjectNode page = pages.addObject();
        page.putObject("ocr_result");
        ArrayNode tables = page.putObject("table_result").putArray("table_list");
        tables.addObject().put("excel", Base64.getMimeEncoder().encodeToString(workbook("first", "", "", "")));
        tables.addObject().put("excel", Base64.getEncoder().encodeToString(workbook("second", "", "", "")));

        List<byte[]> workbooks = TableExcelExtractor.extract(pages);

        assertThat(workbooks).hasSize(2);
        assertThat(firstCell(workbooks.get(0))).isEqualTo("first");
        assertThat(firstCell(workbooks.get(1))).isEqualTo("second");
        assertThatThrownBy(() -> TableExcelExtractor.single(pages)).hasMessageContaining("2 spreadsheets");
        assertThat(TableExcelExtractor.body(pages)).isInstanceOf(List.class);
    }

    @Test
    void aResultWithoutExcelSaysToAskForIt() throws IOException {
        JsonNode result = JSON.readTree("{\"words_region_list\":[]}");

        assertThatThrownBy(() -> TableExcelExtractor.extract(result)).isInstanceOf(HuaweiOcrException.class)
                .hasMessageContaining("return_excel=true");
    }

    @Test
    void base64ThatIsNotAnXlsxIsRefused() {
        ObjectNode notXlsx = JSON.createObjectNode().put("excel", Base64.getEncoder().encodeToString("%PDF-1.7".getBytes()));
        ObjectNode notBase64 = JSON.createObjectNode().put("excel", "***");

        assertThatThrownBy(() -> TableExcelExtractor.extract(notXlsx)).hasMessageContaining("not an .xlsx");
        assertThatThrownBy(() -> TableExcelExtractor.extract(notBase64)).hasMessageContaining("not valid base64");
    }

    @Test
    void requestParametersAskForExcelAndForTablesWhereNeeded() {
        assertThat(TableExcelExtractor.requestParameters(HuaweiOcrOperation.GENERAL_TABLE))
                .containsOnlyKeys("return_excel");
        assertThat(TableExcelExtractor.requestParameters(HuaweiOcrOperation.FINANCIAL_STATEMENT))
                .containsOnlyKeys("return_excel");
        assertThat(TableExcelExtractor.requestParameters(HuaweiOcrOperation.SMART_DOCUMENT_RECOGNIZER))
                .containsEntry("table", true).containsEntry("return_excel", true);
        assertThatThrownBy(() -> TableExcelExtractor.requestParameters(HuaweiOcrOperation.ID_CARD))
                .hasMessageContaining("not idCard");
    }

    private static String firstCell(byte[] xlsx) throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
        }
    }

    /** A 2x3 sheet like the API's: header row with B1:C1 merged, then one data row. */
    private static byte[] workbook(String a1, String b1, String a2, String b2) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue(a1);
            sheet.getRow(0).createCell(1).setCellValue(b1);
            sheet.createRow(1).createCell(0).setCellValue(a2);
            sheet.getRow(1).createCell(1).setCellValue(b2);
            sheet.addMergedRegion(CellRangeAddress.valueOf("B1:C1"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
