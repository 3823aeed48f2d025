#!/usr/bin/env python3
#
# Copyright 2026 The camel-huaweiocr maintainers
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     https://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

"""Writes the component's HuaweiOcrOperation enum from the spec catalogue (see spec_catalog.py).

    python3 tools/gen_operation_enum.py camel-huaweiocr-emulator/src/main/resources/io/github/huaweiocr/emulator/operations.json \
        > camel-huaweiocr-component/src/main/java/io/github/huaweiocr/camel/operation/HuaweiOcrOperation.java
"""
import json
import sys
from pathlib import Path

# The licence header every source file starts with; the build checks it (license-maven-plugin).
HEADER = Path(__file__).resolve().parent.parent / "src" / "license" / "header.txt"


def java_header():
    lines = HEADER.read_text(encoding="utf-8").rstrip("\n").split("\n")
    return "/*\n" + "".join((" * " + line).rstrip() + "\n" for line in lines) + " */\n"

TYPES = {"string": "STRING", "integer": "INTEGER", "number": "NUMBER", "boolean": "BOOLEAN", "object": "OBJECT",
         "array": "ARRAY", "map": "OBJECT"}

def const(name):
    out = []
    for ch in name:
        if ch.isupper():
            out.append("_")
        out.append(ch.upper())
    return "".join(out)

# Which answers read as plain lines of text (outputType=TEXT), and where the lines sit. A choice of the component,
# not a fact of the spec: answers of cards, certificates and invoices carry words blocks too, but flattening them
# would lose which value is which field.
TEXT_LAYOUT = {"general-text": "BLOCKS", "handwriting": "BLOCKS", "web-image": "BLOCKS",
               "general-table": "TABLE_REGIONS", "smart-document-recognizer": "DOCUMENT_PAGES"}
# Request fields that hold a page number of a PDF (spec section 5), in the order they are looked for.
PAGE_FIELDS = ["pdf_page_number", "page_num"]

def field_names(result):
    fields = result.get("fields", []) if result["type"] == "object" else result.get("items", {}).get("fields", [])
    return [f["name"] for f in fields]

def pdf_handling(op, params):
    """How a multi-page PDF reaches the API, from the spec's formats, page fields and limits note."""
    if "PDF" not in op.get("formats", []):
        return "RENDER", None
    if "multi-page PDF supported" in (op.get("limitsNote") or ""):
        return "WHOLE_DOCUMENT", None
    for field in PAGE_FIELDS:
        if field in [p["name"] for p in params]:
            return "PAGE_FIELD", field
    return "FIRST_PAGE", None

def tables(op, params):
    """Whether the answer holds table cells, and the request field that must be true for it to (None: always)."""
    names = field_names(op["result"])
    if "words_region_list" in names and "excel" in names:
        return True, None
    if "table_result" in names:
        return True, "table" if "table" in [p["name"] for p in params] else None
    return False, None

def row(op, params):
    out = ['row("%s")' % op["segment"]]
    if op["imageField"]:
        out.append('.imageField("%s")' % op["imageField"])
        out.append(".sides(%d, %d)" % (op["minSide"] or 0, op["maxSide"] or 0))
        if op["maxMegapixels"]:
            out.append(".maxMegapixels(%d)" % op["maxMegapixels"])
        out.append(".formats(%s)" % ", ".join(op.get("formats", [])))
        handling, field = pdf_handling(op, params)
        if handling != "RENDER":
            out.append(".pdf(PdfHandling.%s%s)" % (handling, ', "%s"' % field if field else ""))
    out.append(".result(ResultShape.%s)" % op["resultShape"].upper())
    if op["segment"] in TEXT_LAYOUT:
        out.append(".text(TextLayout.%s)" % TEXT_LAYOUT[op["segment"]])
    has_tables, switch = tables(op, params)
    if has_tables:
        out.append(".tables(%s)" % ('"%s"' % switch if switch else ""))
    for i, p in enumerate(params):
        call = '%s("%s", ParameterType.%s)' % ("required" if p["required"] == "yes" else "optional", p["name"],
                                               TYPES[p["type"]["type"]])
        out.append((".parameters(" if i == 0 else " ") + call + (")" if i == len(params) - 1 else ","))
    return out

def main(path):
    ops = json.load(open(path, encoding="utf-8"))["operations"]
    lines = []
    for i, op in enumerate(ops):
        params = [p for p in op["parameters"] if p["name"] not in ("image", "data", "url")]
        parts = row(op, params)
        text, current = [], "    %s(%s" % (const(op["name"]), parts[0])
        for part in parts[1:]:
            if len(current) + len(part) > 118:
                text.append(current)
                current = "            " + part.lstrip()
            else:
                current += part
        text.append(current + ")" + (";" if i == len(ops) - 1 else ","))
        lines.append("\n".join(text))
    sys.stdout.write(java_header() + TEMPLATE.replace("@CONSTANTS@", "\n".join(lines)))

TEMPLATE = '''package io.github.huaweiocr.camel.operation;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.huaweiocr.camel.operation.ImageFormat.BMP;
import static io.github.huaweiocr.camel.operation.ImageFormat.GIF;
import static io.github.huaweiocr.camel.operation.ImageFormat.ICO;
import static io.github.huaweiocr.camel.operation.ImageFormat.JPEG;
import static io.github.huaweiocr.camel.operation.ImageFormat.OFD;
import static io.github.huaweiocr.camel.operation.ImageFormat.PCX;
import static io.github.huaweiocr.camel.operation.ImageFormat.PDF;
import static io.github.huaweiocr.camel.operation.ImageFormat.PNG;
import static io.github.huaweiocr.camel.operation.ImageFormat.PSD;
import static io.github.huaweiocr.camel.operation.ImageFormat.TIFF;
import static io.github.huaweiocr.camel.operation.ImageFormat.WEBP;

/**
 * The 52 Huawei Cloud OCR operations, one row each: path segment, image field, accepted formats, pixel limits, how a
 * PDF reaches the API, result shape, the output types the answer supports and the request fields the API knows.
 * Every class asks this table instead of naming operations. Generated by {@code tools/gen_operation_enum.py} from the
 * catalogue of section 6 of the API specification; do not edit by hand.
 */
public enum HuaweiOcrOperation {
@CONSTANTS@

    /** JSON type of a request field, used to check and convert {@code param.*} options before sending. */
    public enum ParameterType {
        STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY
    }

    /** Whether the API answers {@code "result"} with one object or with an array. */
    public enum ResultShape {
        OBJECT, ARRAY
    }

    /** How the pages of a multi-page PDF reach the API (every synchronous API reads one page per call). */
    public enum PdfHandling {
        /** The API does not read PDF: each page is rendered to an image. */
        RENDER,
        /** The API reads PDF and takes the page number in a request field ({@link #pdfPageField()}). */
        PAGE_FIELD,
        /** The API reads only the first page of a PDF: each page is cut out as its own one-page PDF. */
        FIRST_PAGE,
        /** The API reads a multi-page PDF as one document (a card whose front and back are two pages). */
        WHOLE_DOCUMENT
    }

    /** Where the lines of text of an answer sit, for {@code outputType=TEXT}. */
    public enum TextLayout {
        /** The answer is not read as lines of text. */
        NONE,
        /** {@code words_block_list[].words} of the result. */
        BLOCKS,
        /** The words blocks of each {@code words_region_list[]} entry. */
        TABLE_REGIONS,
        /** The words blocks of each page's {@code ocr_result}. */
        DOCUMENT_PAGES
    }

    /** One request field of an operation other than the image input. */
    public record Parameter(String name, ParameterType type, boolean required) {
    }

    private final String segment;
    private final String imageField;
    private final Limits limits;
    private final Set<ImageFormat> formats;
    private final PdfHandling pdfHandling;
    private final String pdfPageField;
    private final ResultShape resultShape;
    private final TextLayout textLayout;
    private final boolean tables;
    private final String tableSwitch;
    private final Map<String, Parameter> parameters;

    HuaweiOcrOperation(Row row) {
        this.segment = row.segment;
        this.imageField = row.imageField;
        this.limits = new Limits(row.minSide, row.maxSide, row.maxMegapixels,
                row.imageField == null ? 0 : Limits.MAX_BASE64_LENGTH);
        this.formats = row.formats;
        this.pdfHandling = row.pdfHandling;
        this.pdfPageField = row.pdfPageField;
        this.resultShape = row.resultShape;
        this.textLayout = row.textLayout;
        this.tables = row.tables;
        this.tableSwitch = row.tableSwitch;
        this.parameters = Collections.unmodifiableMap(row.parameters);
    }

    private static Row row(String segment) {
        return new Row(segment);
    }

    private static Parameter required(String name, ParameterType type) {
        return new Parameter(name, type, true);
    }

    private static Parameter optional(String name, ParameterType type) {
        return new Parameter(name, type, false);
    }

    /** One row of the table, written by name. */
    private static final class Row {
        private final String segment;
        private String imageField;
        private int minSide;
        private int maxSide;
        private int maxMegapixels;
        private Set<ImageFormat> formats = Collections.unmodifiableSet(EnumSet.noneOf(ImageFormat.class));
        private PdfHandling pdfHandling = PdfHandling.RENDER;
        private String pdfPageField;
        private ResultShape resultShape;
        private TextLayout textLayout = TextLayout.NONE;
        private boolean tables;
        private String tableSwitch;
        private final Map<String, Parameter> parameters = new LinkedHashMap<>();

        private Row(String segment) {
            this.segment = segment;
        }

        Row imageField(String field) {
            this.imageField = field;
            return this;
        }

        Row sides(int min, int max) {
            this.minSide = min;
            this.maxSide = max;
            return this;
        }

        Row maxMegapixels(int megapixels) {
            this.maxMegapixels = megapixels;
            return this;
        }

        Row formats(ImageFormat... accepted) {
            this.formats = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(accepted)));
            return this;
        }

        Row pdf(PdfHandling handling) {
            return pdf(handling, null);
        }

        Row pdf(PdfHandling handling, String pageField) {
            this.pdfHandling = handling;
            this.pdfPageField = pageField;
            return this;
        }

        Row result(ResultShape shape) {
            this.resultShape = shape;
            return this;
        }

        Row text(TextLayout layout) {
            this.textLayout = layout;
            return this;
        }

        Row tables() {
            return tables(null);
        }

        Row tables(String switchField) {
            this.tables = true;
            this.tableSwitch = switchField;
            return this;
        }

        Row parameters(Parameter... fields) {
            for (Parameter field : fields) {
                parameters.put(field.name(), field);
            }
            return this;
        }
    }

    /** The URI name of the operation: the camelCase form of its path segment ({@code vat-invoice} -> {@code vatInvoice}). */
    public String uriName() {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : segment.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** The last path segment: {@code POST /v2/{project_id}/ocr/{segment}}. */
    public String segment() {
        return segment;
    }

    /** The JSON field that carries the base64 image ({@code image} or {@code data}); empty when the API takes no image. */
    public Optional<String> imageField() {
        return Optional.ofNullable(imageField);
    }

    /** Whether the API reads an image (all but invoice verification). */
    public boolean takesImage() {
        return imageField != null;
    }

    /** The sizes, pixels and base64 length a document must keep to (all 0 when the API takes no image). */
    public Limits limits() {
        return limits;
    }

    /** Shortest allowed image side in pixels (0 when the API takes no image). */
    public int minSide() {
        return limits.minSide();
    }

    /** Longest allowed image side in pixels (0 when the API takes no image). */
    public int maxSide() {
        return limits.maxSide();
    }

    /** Largest allowed image area in megapixels, or 0 when the API sets none. */
    public int maxMegapixels() {
        return limits.maxMegapixels();
    }

    /** The file formats the API accepts. */
    public Set<ImageFormat> formats() {
        return formats;
    }

    /** Whether the API reads PDF documents itself. */
    public boolean acceptsPdf() {
        return formats.contains(ImageFormat.PDF);
    }

    /** How the pages of a multi-page PDF reach the API. */
    public PdfHandling pdfHandling() {
        return pdfHandling;
    }

    /** The request field that selects a page of a PDF ({@code pdf_page_number}, {@code page_num}), if the API has one. */
    public Optional<String> pdfPageField() {
        return Optional.ofNullable(pdfPageField);
    }

    /** Whether {@code result} is an object or an array. */
    public ResultShape resultShape() {
        return resultShape;
    }

    /** Where the answer's lines of text sit; {@link TextLayout#NONE} when it is not read as text. */
    public TextLayout textLayout() {
        return textLayout;
    }

    /** Whether the answer holds table cells (outputType CSV). */
    public boolean returnsTables() {
        return tables;
    }

    /** Whether the API returns its tables as .xlsx when asked with {@code return_excel=true} (outputType EXCEL). */
    public boolean returnsExcel() {
        return parameters.containsKey("return_excel");
    }

    /**
     * The boolean request field that must be true for the answer to hold tables at all ({@code table} for
     * smart-document-recognizer), if there is one.
     */
    public Optional<String> tableSwitch() {
        return Optional.ofNullable(tableSwitch);
    }

    /** The request fields other than the image input, by name, in the specification's order. */
    public Map<String, Parameter> parameters() {
        return parameters;
    }

    /**
     * Finds an operation by its URI name ({@code vatInvoice}), its path segment ({@code vat-invoice}) or its enum
     * constant name ({@code VAT_INVOICE}).
     *
     * @throws IllegalArgumentException naming every valid operation when none matches
     */
    public static HuaweiOcrOperation fromName(String name) {
        if (name != null) {
            String trimmed = name.trim();
            for (HuaweiOcrOperation op : values()) {
                if (op.uriName().equals(trimmed) || op.segment.equals(trimmed)
                        || op.name().equals(trimmed.toUpperCase(Locale.ROOT))) {
                    return op;
                }
            }
        }
        throw new IllegalArgumentException("Unknown Huawei OCR operation '" + name + "'. Valid operations: "
                + Arrays.stream(values()).map(HuaweiOcrOperation::uriName).collect(Collectors.joining(", ")));
    }
}
'''

if __name__ == "__main__":
    main(sys.argv[1])
