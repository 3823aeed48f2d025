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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableCsvWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void generalTableCellsBecomeCsvWithAMergedCellInItsTopLeftPosition() throws Exception {
        JsonNode result = JSON.readTree("""
                {"words_region_count":2,"words_region_list":[
                  {"type":"text","words_block_count":1,"words_block_list":[{"words":"Title, not a cell"}]},
                  {"type":"table","words_block_count":5,"words_block_list":[
                    {"words":"Item","rows":[0],"columns":[0]},
                    {"words":"Amount","rows":[0],"columns":[1,2]},
                    {"words":"Tea","rows":[1],"columns":[0]},
                    {"words":"3","rows":[1],"columns":[1]},
                    {"words":"CNY","rows":[1],"columns":[2]},
                    {"words":"Total","rows":[2,3],"columns":[0]},
                    {"words":"3","rows":[2],"columns":[1]}
                  ]}]}""");

        assertThat(TableCsvWriter.write(result)).isEqualTo(
                "Item,Amount,\r\n"
                + "Tea,3,CNY\r\n"
                + "Total,3,\r\n"
                + ",,\r\n");
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuotedAsRfc4180Says() throws Exception {
        JsonNode result = JSON.readTree("""
                {"words_region_list":[{"type":"table","words_block_list":[
                  {"words":"Revenue, net","rows":[0],"columns":[0]},
                  {"words":"say \\"hi\\"","rows":[0],"columns":[1]},
                  {"words":"line one\\nline two","rows":[1],"columns":[0]},
                  {"words":"营业收入","rows":[1],"columns":[1]}
                ]}]}""");

        assertThat(TableCsvWriter.write(result)).isEqualTo(
                "\"Revenue, net\",\"say \"\"hi\"\"\"\r\n"
                + "\"line one\nline two\",营业收入\r\n");
    }

    @Test
    void smartDocumentTablesOfEveryPageAreSeparatedByABlankLine() throws Exception {
        JsonNode result = JSON.readTree("""
                [{"ocr_result":{},"table_result":{"table_count":2,"table_list":[
                    {"words_block_list":[{"words":"a","rows":[0],"columns":[0]},{"words":"b","rows":[0],"columns":[1]}]},
                    {"words_block_list":[{"words":"c","rows":[0],"columns":[0]}]}]}},
                 {"ocr_result":{},"table_result":{"table_count":1,"table_list":[
                    {"words_block_list":[{"words":"d","rows":[1],"columns":[0]}]}]}}]""");

        assertThat(TableCsvWriter.tables(result)).hasSize(3);
        assertThat(TableCsvWriter.write(result)).isEqualTo("a,b\r\n\r\nc\r\n\r\n\r\nd\r\n");
    }

    @Test
    void aSingleSmartDocumentPageIsReadToo() throws Exception {
        JsonNode page = JSON.readTree("""
                {"table_result":{"table_list":[{"words_block_list":[{"words":"x","rows":[0],"columns":[0,1]}]}]}}""");

        TableGrid grid = TableCsvWriter.tables(page).get(0);
        assertThat(grid.rowCount()).isEqualTo(1);
        assertThat(grid.columnCount()).isEqualTo(2);
        assertThat(grid.cell(0, 1)).isEmpty();
        assertThat(TableCsvWriter.write(page)).isEqualTo("x,\r\n");
    }

    @Test
    void aResultWithoutTableStructureIsRefusedNamingTheOperationsThatHaveIt() throws Exception {
        JsonNode idCard = JSON.readTree("{\"name\":\"x\",\"number\":\"1\"}");

        assertThatThrownBy(() -> TableCsvWriter.write(idCard)).isInstanceOf(HuaweiOcrException.class)
                .hasMessageContaining("general-table");
    }

    @Test
    void aTableCellWithoutIndicesIsReported() throws Exception {
        JsonNode broken = JSON.readTree("""
                {"words_region_list":[{"type":"table","words_block_list":[{"words":"a","columns":[0]}]}]}""");

        assertThatThrownBy(() -> TableCsvWriter.write(broken)).hasMessageContaining("Table cell 0 has no 'rows'");
    }

    @Test
    void smartDocumentRecognizerIsAskedForItsTables() {
        assertThat(TableCsvWriter.requestParameters(HuaweiOcrOperation.SMART_DOCUMENT_RECOGNIZER))
                .containsEntry("table", true);
        assertThat(TableCsvWriter.requestParameters(HuaweiOcrOperation.GENERAL_TABLE)).isEmpty();
        assertThat(TableCsvWriter.supports(HuaweiOcrOperation.FINANCIAL_STATEMENT)).isTrue();
        assertThat(TableCsvWriter.supports(HuaweiOcrOperation.ID_CARD)).isFalse();
    }
}
