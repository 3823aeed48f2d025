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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationCatalog;
import io.github.huaweiocr.emulator.catalog.OperationSpec;

/**
 * Builds a result by walking an operation's result schema: every field the request asked for is present with the
 * JSON type of section 6, values chosen by field name ({@link SyntheticValues}) from a random generator seeded by
 * the caller, so one image always gets the same answer. A few shapes need structure rather than values and are
 * recognised by their fields, not by operation: tables (cells with {@code rows}/{@code columns}, one merged), text
 * and table regions, {@code *_count} equal to the size of the sibling {@code *_list}, confidence and location maps
 * keyed by the sibling field names, and auto-classification's per-ticket {@code content}.
 */
final class SyntheticResultGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] TICKET_TYPES = {"vat_invoice", "quota_invoice", "taxi_invoice", "train_ticket",
        "flight_itinerary", "toll_invoice", "mvs_invoice", "id_card", "passport", "driver_license",
        "vehicle_license", "transportation_license", "bankcard"};
    private static final int TABLE_ROWS = 3;
    private static final int TABLE_COLUMNS = 3;

    private final OperationSpec operation;
    private final ObjectNode body;
    private final SplittableRandom random;
    private final int width;
    private final int height;
    private final OperationCatalog catalog;
    private final Map<String, JsonNode> typedObjects = new HashMap<>();

    SyntheticResultGenerator(OperationSpec operation, ObjectNode body, SplittableRandom random, int width, int height,
                             OperationCatalog catalog) {
        this.operation = operation;
        this.body = body;
        this.random = random;
        this.width = width;
        this.height = height;
        this.catalog = catalog;
        indexTypedObjects(operation.result());
    }

    /** The value of {@code result}. */
    JsonNode result() {
        return value(operation.result(), "result", null);
    }

    private JsonNode value(JsonNode schema, String name, JsonNode parent) {
        return switch (schema.path("type").asText()) {
            case "string" -> JSON.textNode(SyntheticValues.string(name, random));
            case "integer" -> JSON.numberNode(SyntheticValues.integer(name, random, width, height));
            case "number" -> JSON.numberNode(name.equals("direction") ? direction()
                    : SyntheticValues.confidence(random));
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "map" -> fieldMap(parent, false);
            case "object" -> schema.path("fields").isEmpty() ? freeForm(name, parent) : object(schema, RegionKind.NONE);
            case "array" -> array(schema, name, RegionKind.NONE);
            default -> throw new IllegalStateException("unknown schema type in " + operation.segment() + "." + name);
        };
    }

    private double direction() {
        // The image is upright; -1 says "not detected" where the request can switch detection off.
        boolean canDetect = operation.parameter("detect_direction").isPresent();
        return canDetect && !body.path("detect_direction").asBoolean(false) ? -1.0 : 0.0;
    }

    private ObjectNode object(JsonNode schema, RegionKind region) {
        ObjectNode node = JSON.objectNode();
        for (JsonNode field : schema.path("fields")) {
            String name = field.path("name").asText();
            if (!FieldGates.wanted(operation, name, body) || (region == RegionKind.TEXT && isCellGeometry(name))) {
                continue;
            }
            if (FieldGates.emptied(operation, name, body)) {
                node.set(name, JSON.arrayNode());
            } else if (field.path("type").asText().equals("array")) {
                node.set(name, array(field, name, region));
            } else {
                node.set(name, value(field, name, schema));
            }
        }
        if (region == RegionKind.TEXT && node.has("type")) {
            node.put("type", "text");
        } else if (region == RegionKind.TABLE && node.has("type")) {
            node.put("type", "table");
        }
        fillDerivedFields(node);
        return node;
    }

    private JsonNode array(JsonNode schema, String name, RegionKind region) {
        JsonNode items = schema.path("items");
        String itemType = items.path("type").asText();
        ArrayNode array = JSON.arrayNode();
        if (itemType.equals("array")) {
            return items.path("items").path("type").asText().equals("number") ? matrix() : Quads.random(random, width,
                    height);
        }
        if (itemType.equals("object")) {
            if (isCell(items) && region != RegionKind.TEXT) {
                return tableCells(items);
            }
            if (isRegion(items)) {
                array.add(object(items, RegionKind.TEXT));
                array.add(object(items, RegionKind.TABLE));
                return array;
            }
            if (items.path("fields").isEmpty()) {
                array.add(freeForm(name, null));
                return array;
            }
            // smart-document-recognizer answers one element per page, and only the selected page is recognised.
            boolean perPage = name.equals("result") && operation.segment().equals("smart-document-recognizer");
            int count = perPage ? 1 : 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                array.add(isTicket(items) ? ticket(items) : object(items, region));
            }
            return array;
        }
        if (itemType.equals("integer")) {
            // Index lists (words_ids, rows, columns outside tables): 0 always points at an existing element.
            return array.add(0);
        }
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            if (itemType.equals("number")) {
                array.add(SyntheticValues.confidence(random));
            } else {
                array.add(SyntheticValues.string(name, random));
            }
        }
        return array;
    }

    /** A 3x3 table whose first row holds a cell merged across columns 1 and 2. */
    private ArrayNode tableCells(JsonNode cellSchema) {
        ArrayNode cells = JSON.arrayNode();
        int cellWidth = Math.max(1, width / (TABLE_COLUMNS + 1));
        int cellHeight = Math.max(1, height / (TABLE_ROWS + 2));
        for (int row = 0; row < TABLE_ROWS; row++) {
            for (int column = 0; column < TABLE_COLUMNS; column++) {
                boolean merged = row == 0 && column == 1;
                if (row == 0 && column == 2) {
                    continue;
                }
                int lastColumn = merged ? column + 1 : column;
                ObjectNode cell = object(cellSchema, RegionKind.TABLE);
                cell.set("rows", JSON.arrayNode().add(row));
                ArrayNode columns = JSON.arrayNode();
                for (int c = column; c <= lastColumn; c++) {
                    columns.add(c);
                }
                cell.set("columns", columns);
                if (cell.has("words")) {
                    cell.put("words", row == 0 ? (merged ? "金额 Amount" : "项目 Item")
                            : (column == 0 ? "项目" + row : SyntheticValues.amount(random)));
                }
                ArrayNode box = Quads.box(cellWidth / 2 + column * cellWidth, cellHeight + row * cellHeight,
                        (lastColumn - column + 1) * cellWidth, cellHeight, width, height);
                for (String geometry : new String[] {"cell_location", "location"}) {
                    if (cell.has(geometry)) {
                        cell.set(geometry, box.deepCopy());
                    }
                }
                cells.add(cell);
            }
        }
        return cells;
    }

    private ObjectNode ticket(JsonNode items) {
        List<String> allowed = new ArrayList<>();
        body.path("type_list").forEach(t -> allowed.add(t.asText()));
        String type = allowed.isEmpty() ? SyntheticValues.pick(TICKET_TYPES, random)
                : allowed.get(random.nextInt(allowed.size()));
        ObjectNode ticket = object(items, RegionKind.NONE);
        ticket.put("type", type);
        ObjectNode status = JSON.objectNode();
        status.put("error_code", "");
        status.put("error_msg", "");
        ticket.set("status", status);
        // content is what the dedicated API of that ticket type returns as its result.
        catalog.bySegment(type.replace('_', '-')).ifPresent(dedicated -> ticket.set("content",
                new SyntheticResultGenerator(dedicated, JSON.objectNode(), random, width, height, catalog).result()));
        return ticket;
    }

    private JsonNode freeForm(String name, JsonNode parent) {
        if (name.equals("confidence")) {
            return fieldMap(parent, false);
        }
        if (name.equals("text_location")) {
            return fieldMap(parent, true);
        }
        ObjectNode node = JSON.objectNode();
        JsonNode typed = typedObjects.get(name);
        if (typed != null) {
            // e.g. a confidence object holding the confidences of a typed endorsement object of the same name
            for (JsonNode field : typed.path("fields")) {
                node.put(field.path("name").asText(), SyntheticValues.confidence(random));
            }
        } else {
            node.put("name", SyntheticValues.string("name", random));
        }
        return node;
    }

    /**
     * Field name -> confidence, or -> quadrilateral, for the text fields next to the map; when those are only a
     * {@code type}, for the text fields of the typed object beside it (household-register's {@code content}).
     */
    private ObjectNode fieldMap(JsonNode parent, boolean locations) {
        ObjectNode node = JSON.objectNode();
        if (parent == null) {
            return node;
        }
        List<String> names = textFields(parent);
        if (names.stream().allMatch("type"::equals)) {
            for (JsonNode sibling : parent.path("fields")) {
                if (sibling.path("type").asText().equals("object")) {
                    names.addAll(textFields(sibling));
                }
            }
        }
        for (String name : names) {
            node.set(name, locations ? Quads.random(random, width, height)
                    : JSON.numberNode(SyntheticValues.confidence(random)));
        }
        return node;
    }

    private static List<String> textFields(JsonNode schema) {
        List<String> names = new ArrayList<>();
        for (JsonNode field : schema.path("fields")) {
            String name = field.path("name").asText();
            if (field.path("type").asText().equals("string") && !name.endsWith("_image")) {
                names.add(name);
            }
        }
        return names;
    }

    private void fillDerivedFields(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (name.endsWith("_count")) {
                JsonNode list = node.get(name.substring(0, name.length() - "_count".length()) + "_list");
                if (list != null && list.isArray()) {
                    node.put(name, list.size());
                }
            }
        }
        if (node.has("markdown_result")) {
            List<String> lines = new ArrayList<>();
            node.path("words_block_list").forEach(block -> lines.add(block.path("words").asText()));
            node.put("markdown_result", String.join("\n", lines));
        }
        if (node.has("excel")) {
            List<XlsxWriter.Cell> cells = new ArrayList<>();
            collectCells(node, cells);
            node.put("excel", XlsxWriter.base64(cells));
        }
    }

    private static void collectCells(JsonNode node, List<XlsxWriter.Cell> cells) {
        if (node.isObject() && node.path("rows").isArray() && node.path("columns").isArray()
                && !node.path("rows").isEmpty() && !node.path("columns").isEmpty()) {
            JsonNode rows = node.get("rows");
            JsonNode columns = node.get("columns");
            cells.add(new XlsxWriter.Cell(rows.get(0).asInt(), rows.get(rows.size() - 1).asInt(),
                    columns.get(0).asInt(), columns.get(columns.size() - 1).asInt(), node.path("words").asText()));
            return;
        }
        node.forEach(child -> collectCells(child, cells));
    }

    private ArrayNode matrix() {
        ArrayNode matrix = JSON.arrayNode();
        for (int row = 0; row < 3; row++) {
            ArrayNode line = JSON.arrayNode();
            for (int column = 0; column < 3; column++) {
                line.add(row == column ? 1.0 : Math.round(random.nextDouble() * 100) / 10000.0);
            }
            matrix.add(line);
        }
        return matrix;
    }

    private void indexTypedObjects(JsonNode schema) {
        if (schema.path("type").asText().equals("object") && !schema.path("fields").isEmpty()
                && schema.has("name")) {
            typedObjects.putIfAbsent(schema.path("name").asText(), schema);
        }
        schema.path("fields").forEach(this::indexTypedObjects);
        if (schema.has("items")) {
            indexTypedObjects(schema.get("items"));
        }
    }

    private static boolean isCell(JsonNode items) {
        return hasField(items, "rows") && hasField(items, "columns");
    }

    private static boolean isRegion(JsonNode items) {
        return hasField(items, "type") && isCell(field(items, "words_block_list").path("items"));
    }

    /** auto-classification: a typed ticket whose free-form content is another operation's result. */
    private static boolean isTicket(JsonNode items) {
        return hasField(items, "type") && hasField(items, "content")
                && field(items, "content").path("fields").isEmpty();
    }

    private static boolean isCellGeometry(String name) {
        return name.equals("rows") || name.equals("columns") || name.equals("cell_location");
    }

    private static boolean hasField(JsonNode schema, String name) {
        return !field(schema, name).isMissingNode();
    }

    private static JsonNode field(JsonNode schema, String name) {
        for (JsonNode field : schema.path("fields")) {
            if (field.path("name").asText().equals(name)) {
                return field;
            }
        }
        return MissingNode.getInstance();
    }

    /** Whether an object is generated as part of a text region, a table region, or neither. */
    private enum RegionKind { NONE, TEXT, TABLE }
}
