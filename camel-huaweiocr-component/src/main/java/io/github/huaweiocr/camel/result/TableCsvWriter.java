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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * {@code outputType=CSV}: the tables of a general-table, financial-statement or smart-document-recognizer result as
 * CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled).
 * Merged cells are written in their top-left position and left empty in the others; several tables are separated
 * by one blank line. Text regions outside tables are not written.
 */
public final class TableCsvWriter {

    private static final String CRLF = "\r\n";

    private TableCsvWriter() {
    }

    /** Whether the operation returns tables this writer reads. */
    public static boolean supports(HuaweiOcrOperation operation) {
        return operation.returnsTables();
    }

    /**
     * Request fields the operation needs to return tables at all: {@code table=true} for smart-document-recognizer,
     * nothing for the table APIs.
     */
    public static Map<String, Object> requestParameters(HuaweiOcrOperation operation) {
        return operation.tableSwitch().<Map<String, Object>>map(field -> Map.of(field, Boolean.TRUE))
                .orElse(Map.of());
    }

    /**
     * The tables of a result, in document order.
     *
     * @param result the response's {@code result}: an object with {@code words_region_list} (general-table,
     *               financial-statement), or the page array of smart-document-recognizer (or one page of it)
     * @throws HuaweiOcrException when the result has no table structure at all
     */
    public static List<TableGrid> tables(JsonNode result) {
        List<TableGrid> tables = new ArrayList<>();
        if (result.isArray()) {
            for (JsonNode page : result) {
                addDocumentTables(page, tables);
            }
        } else if (result.has("words_region_list")) {
            for (JsonNode region : result.get("words_region_list")) {
                if ("table".equals(region.path("type").asText())) {
                    tables.add(TableGrid.fromCells(region.path("words_block_list")));
                }
            }
        } else if (result.has("table_result")) {
            addDocumentTables(result, tables);
        } else {
            throw new HuaweiOcrException("The result has no tables to write as CSV: outputType=CSV reads "
                    + "general-table, financial-statement and smart-document-recognizer (with table=true) results");
        }
        return tables;
    }

    private static void addDocumentTables(JsonNode page, List<TableGrid> tables) {
        for (JsonNode table : page.path("table_result").path("table_list")) {
            tables.add(TableGrid.fromCells(table.path("words_block_list")));
        }
    }

    /** The result's tables as CSV; an empty string when it has table regions but none holds a table. */
    public static String write(JsonNode result) {
        StringBuilder csv = new StringBuilder();
        List<TableGrid> tables = tables(result);
        for (int t = 0; t < tables.size(); t++) {
            if (t > 0) {
                csv.append(CRLF);
            }
            for (List<String> row : tables.get(t).rows()) {
                for (int c = 0; c < row.size(); c++) {
                    if (c > 0) {
                        csv.append(',');
                    }
                    appendField(csv, row.get(c));
                }
                csv.append(CRLF);
            }
        }
        return csv.toString();
    }

    private static void appendField(StringBuilder csv, String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        if (!quote) {
            csv.append(text);
            return;
        }
        csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
