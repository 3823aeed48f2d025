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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * {@code outputType=EXCEL}: the .xlsx workbooks the table APIs return as base64 when asked with
 * {@code return_excel=true} - one {@code excel} for the whole result of general-table and financial-statement, one
 * per table ({@code table_result.table_list[].excel}) for smart-document-recognizer.
 */
public final class TableExcelExtractor {

    /** Every .xlsx is a ZIP archive: it starts with a local file header. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TableExcelExtractor() {
    }

    /** Whether the operation can return .xlsx. */
    public static boolean supports(HuaweiOcrOperation operation) {
        return operation.returnsExcel();
    }

    /**
     * The request fields that make the operation return .xlsx: {@code return_excel=true}, plus {@code table=true} for
     * smart-document-recognizer, whose excel comes with its table output.
     *
     * @throws HuaweiOcrException for an operation that returns no spreadsheet
     */
    public static Map<String, Object> requestParameters(HuaweiOcrOperation operation) {
        if (!supports(operation)) {
            throw new HuaweiOcrException("outputType=EXCEL needs an operation that returns a spreadsheet "
                    + "(generalTable, financialStatement, smartDocumentRecognizer), not " + operation.uriName());
        }
        return operation.tableSwitch().<Map<String, Object>>map(field -> Map.of("return_excel", Boolean.TRUE,
                field, Boolean.TRUE)).orElse(Map.of("return_excel", Boolean.TRUE));
    }

    /**
     * Every workbook in the result, decoded, in document order.
     *
     * @param result the response's {@code result}
     * @throws HuaweiOcrException when the result holds no workbook or one that is not an .xlsx
     */
    public static List<byte[]> extract(JsonNode result) {
        List<byte[]> workbooks = new ArrayList<>();
        if (result.isArray()) {
            for (JsonNode page : result) {
                addPageWorkbooks(page, workbooks);
            }
        } else {
            JsonNode excel = result.path("excel");
            if (excel.isTextual()) {
                workbooks.add(decode(excel.asText(), "result.excel"));
            }
            addPageWorkbooks(result, workbooks);
        }
        if (workbooks.isEmpty()) {
            throw new HuaweiOcrException("The result holds no spreadsheet: the API returns one only with "
                    + "return_excel=true (and table=true for smartDocumentRecognizer), and only when it found a table");
        }
        return workbooks;
    }

    /**
     * The one workbook of the result.
     *
     * @throws HuaweiOcrException when there is none, or several (smart-document-recognizer with several tables:
     *                            use {@link #extract(JsonNode)})
     */
    public static byte[] single(JsonNode result) {
        List<byte[]> all = extract(result);
        if (all.size() > 1) {
            throw new HuaweiOcrException("The result holds " + all.size() + " spreadsheets, one per table");
        }
        return all.get(0);
    }

    /** The body for {@code outputType=EXCEL}: the workbook, or the list of workbooks when there are several. */
    public static Object body(JsonNode result) {
        List<byte[]> all = extract(result);
        return all.size() == 1 ? all.get(0) : all;
    }

    private static void addPageWorkbooks(JsonNode page, List<byte[]> workbooks) {
        int t = 0;
        for (JsonNode table : page.path("table_result").path("table_list")) {
            JsonNode excel = table.path("excel");
            if (excel.isTextual()) {
                workbooks.add(decode(excel.asText(), "table_result.table_list[" + t + "].excel"));
            }
            t++;
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] data;
        try {
            // Line breaks are tolerated (some encoders wrap base64); any other stray character is an error.
            data = Base64.getDecoder().decode(WHITESPACE.matcher(base64).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw new HuaweiOcrException("The spreadsheet in " + where + " is not valid base64", e);
        }
        if (data.length < ZIP_MAGIC.length || data[0] != ZIP_MAGIC[0] || data[1] != ZIP_MAGIC[1]
                || data[2] != ZIP_MAGIC[2] || data[3] != ZIP_MAGIC[3]) {
            throw new HuaweiOcrException("The spreadsheet in " + where + " is not an .xlsx file");
        }
        return data;
    }
}
