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

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationSpec;

/**
 * Puts text lines read by the OCR engine into the text blocks of a result: general-text, handwriting and web-image
 * {@code words_block_list}; a single {@code text} region of general-table (the engine finds no tables); and
 * smart-document-recognizer's per-page {@code ocr_result}. Each block gets only the fields its schema declares and
 * the request asked for; the rest of the result (e.g. web-image's extracted data, smart-document layout) stays
 * synthetic.
 */
final class TextOverlay {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] FONTS = {"SimSun", "Microsoft YaHei", "KaiTi", "Arial", "Times New Roman"};

    private final OperationSpec operation;
    private final ObjectNode body;
    private final List<OcrLine> lines;
    private final SplittableRandom random;

    TextOverlay(OperationSpec operation, ObjectNode body, List<OcrLine> lines, SplittableRandom random) {
        this.operation = operation;
        this.body = body;
        this.lines = lines;
        this.random = random;
    }

    static boolean supports(String segment) {
        return switch (segment) {
            case "general-text", "handwriting", "web-image", "general-table", "smart-document-recognizer" -> true;
            default -> false;
        };
    }

    /** Replaces the text blocks of {@code result} (modified in place) with the lines. */
    JsonNode apply(JsonNode result) {
        JsonNode schema = operation.result();
        switch (operation.segment()) {
            case "general-table" -> applyTable((ObjectNode) result, schema);
            case "smart-document-recognizer" -> {
                JsonNode ocrSchema = field(schema.path("items"), "ocr_result");
                for (JsonNode page : result) {
                    ObjectNode ocr = (ObjectNode) page.get("ocr_result");
                    putBlocks(ocr, field(ocrSchema, "words_block_list").path("items"));
                    if (lines.isEmpty()) {
                        // Layout regions index into ocr_result's blocks: none to point at on a page without text.
                        page.path("layout_result").path("layout_block_list")
                                .forEach(block -> ((ObjectNode) block).set("words_ids", JSON.arrayNode()));
                    }
                }
            }
            default -> {
                ObjectNode object = (ObjectNode) result;
                putBlocks(object, field(schema, "words_block_list").path("items"));
                if (object.has("markdown_result")) {
                    object.put("markdown_result", markdown());
                }
            }
        }
        return result;
    }

    private void applyTable(ObjectNode result, JsonNode schema) {
        JsonNode regionSchema = field(schema, "words_region_list").path("items");
        ObjectNode region = JSON.objectNode();
        region.put("type", "text");
        putBlocks(region, field(regionSchema, "words_block_list").path("items"));
        result.set("words_region_list", JSON.arrayNode().add(region));
        result.put("words_region_count", 1);
        if (result.has("excel")) {
            List<XlsxWriter.Cell> cells = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                cells.add(new XlsxWriter.Cell(i, i, 0, 0, lines.get(i).text()));
            }
            result.put("excel", XlsxWriter.base64(cells));
        }
    }

    private void putBlocks(ObjectNode target, JsonNode blockSchema) {
        ArrayNode blocks = JSON.arrayNode();
        for (OcrLine line : lines) {
            blocks.add(block(blockSchema, line));
        }
        target.put("words_block_count", lines.size());
        target.set("words_block_list", blocks);
    }

    private ObjectNode block(JsonNode schema, OcrLine line) {
        ObjectNode block = JSON.objectNode();
        ArrayNode fonts = null;
        for (JsonNode field : schema.path("fields")) {
            String name = field.path("name").asText();
            if (!FieldGates.wanted(operation, name, body)) {
                continue;
            }
            switch (name) {
                case "words" -> block.put(name, line.text());
                case "location" -> block.set(name, quad(line.box()));
                case "confidence", "words_confidence" -> block.put(name, round(line.confidence()));
                case "type" -> block.put(name, operation.segment().equals("handwriting") ? "handwriting" : "text");
                case "char_list" -> block.set(name, FieldGates.emptied(operation, name, body) ? JSON.arrayNode()
                        : characters(field.path("items"), line));
                case "words_list" -> block.set(name, JSON.arrayNode().add(block(field.path("items"), line)));
                case "font_list" -> {
                    fonts = JSON.arrayNode();
                    for (int i = 0; i < 2; i++) {
                        fonts.add(SyntheticValues.pick(FONTS, random));
                    }
                    block.set(name, fonts);
                }
                case "font_scores" -> block.set(name, JSON.arrayNode().add(0.8123).add(0.1234));
                default -> {
                    // Cell geometry (rows, columns, cell_location) has no meaning for a line of text.
                }
            }
        }
        return block;
    }

    /** One entry per character, its box an equal share of the line's box along the line. */
    private ArrayNode characters(JsonNode schema, OcrLine line) {
        ArrayNode chars = JSON.arrayNode();
        int[] codePoints = line.text().codePoints().toArray();
        int[][] box = line.box();
        for (int i = 0; i < codePoints.length; i++) {
            double from = (double) i / codePoints.length;
            double to = (double) (i + 1) / codePoints.length;
            int[][] charBox = {
                lerp(box[0], box[1], from), lerp(box[0], box[1], to), lerp(box[3], box[2], to),
                lerp(box[3], box[2], from)};
            ObjectNode entry = JSON.objectNode();
            for (JsonNode field : schema.path("fields")) {
                String name = field.path("name").asText();
                switch (name) {
                    case "char" -> entry.put(name, new String(Character.toChars(codePoints[i])));
                    case "char_location" -> entry.set(name, quad(charBox));
                    case "char_confidence" -> entry.put(name, round(i < line.charScores().length
                            ? line.charScores()[i] : line.confidence()));
                    default -> {
                        // CharListItem has only the three fields above.
                    }
                }
            }
            chars.add(entry);
        }
        return chars;
    }

    /** Lines joined by LF; blocks that share a line (overlapping vertically) joined by TAB, as Huawei does. */
    private String markdown() {
        StringBuilder out = new StringBuilder();
        int previousBottom = Integer.MIN_VALUE;
        for (OcrLine line : lines) {
            int top = Math.min(line.box()[0][1], line.box()[1][1]);
            int bottom = Math.max(line.box()[2][1], line.box()[3][1]);
            if (out.length() > 0) {
                out.append(top < previousBottom - (bottom - top) / 2 ? '\t' : '\n');
            }
            out.append(line.text());
            previousBottom = bottom;
        }
        return out.toString();
    }

    private static int[] lerp(int[] a, int[] b, double t) {
        return new int[] {(int) Math.round(a[0] + (b[0] - a[0]) * t), (int) Math.round(a[1] + (b[1] - a[1]) * t)};
    }

    private static ArrayNode quad(int[][] points) {
        ArrayNode quad = JSON.arrayNode();
        for (int[] point : points) {
            quad.add(Quads.point(point[0], point[1]));
        }
        return quad;
    }

    private static double round(double confidence) {
        return Math.round(confidence * 10000) / 10000.0;
    }

    private static JsonNode field(JsonNode schema, String name) {
        for (JsonNode field : schema.path("fields")) {
            if (field.path("name").asText().equals(name)) {
                return field;
            }
        }
        throw new IllegalStateException("catalogue has no field " + name + " in " + schema.path("class").asText());
    }
}
