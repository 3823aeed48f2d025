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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.huaweiocr.emulator.catalog.OperationSpec;

/**
 * Checks a response body against the result schema of an operation (spec section 6), as strictly as the official
 * SDK reads it: a number where a string is declared is an error, and so is a float in an integer field. Members the
 * schema does not know are reported too, because the emulator must only send what Huawei sends (and a misspelt
 * fixture field would otherwise pass unnoticed). JSON {@code null} is accepted for fields that are not marked
 * always present.
 */
public final class ResultSchemaValidator {

    private ResultSchemaValidator() {
    }

    /**
     * Checks a whole response body: {@code {"result": ...}} plus the operation's extra top-level members.
     *
     * @return the problems found, each naming the JSON path; empty when the body fits
     */
    public static List<String> validateResponse(OperationSpec operation, JsonNode response) {
        List<String> problems = new ArrayList<>();
        if (response == null || !response.isObject()) {
            problems.add("$: expected an object with member result");
            return problems;
        }
        if (!response.has("result")) {
            problems.add("$.result: missing");
        } else {
            check(operation.result(), response.get("result"), "$.result", problems);
        }
        Iterator<Map.Entry<String, JsonNode>> members = response.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            String name = member.getKey();
            if (name.equals("result")) {
                continue;
            }
            if (!operation.topLevelExtra().contains(name)) {
                problems.add("$." + name + ": not a member of the " + operation.segment() + " response");
            } else if (!member.getValue().isTextual()) {
                // The only extra member in section 6 is custom-template's template_id, a string.
                problems.add("$." + name + ": expected string but was " + kind(member.getValue()));
            }
        }
        return problems;
    }

    /**
     * Checks the value of {@code result} alone.
     *
     * @return the problems found; empty when the result fits
     */
    public static List<String> validateResult(OperationSpec operation, JsonNode result) {
        List<String> problems = new ArrayList<>();
        check(operation.result(), result, "$.result", problems);
        return problems;
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (value == null || value.isMissingNode()) {
            problems.add(path + ": missing");
            return;
        }
        String type = schema.path("type").asText();
        switch (type) {
            case "array" -> checkArray(schema, value, path, problems);
            case "map" -> checkMap(schema, value, path, problems);
            case "object" -> checkObject(schema, value, path, problems);
            default -> checkScalar(type, value, path, problems);
        }
    }

    private static void checkScalar(String type, JsonNode value, String path, List<String> problems) {
        switch (type) {
            case "string" -> expect(value.isTextual(), "string", value, path, problems);
            // Java Integer in the SDK model: a fraction or a value beyond 32 bits fails to parse.
            case "integer" -> expect(value.isIntegralNumber() && value.canConvertToInt(), "integer", value, path,
                    problems);
            case "number" -> expect(value.isNumber(), "number", value, path, problems);
            case "boolean" -> expect(value.isBoolean(), "boolean", value, path, problems);
            default -> problems.add(path + ": schema has unknown type '" + type + "'");
        }
    }

    private static void checkArray(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (!expect(value.isArray(), "array", value, path, problems)) {
            return;
        }
        JsonNode items = schema.path("items");
        if (items.isMissingNode()) {
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isNull()) {
                problems.add(path + "[" + i + "]: null element");
            } else {
                check(items, item, path + "[" + i + "]", problems);
            }
        }
    }

    private static void checkMap(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (!expect(value.isObject(), "object", value, path, problems)) {
            return;
        }
        String valueType = schema.path("values").asText("number");
        value.fields().forEachRemaining(
                entry -> checkScalar(valueType, entry.getValue(), path + "." + entry.getKey(), problems));
    }

    private static void checkObject(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (!expect(value.isObject(), "object", value, path, problems)) {
            return;
        }
        JsonNode fields = schema.path("fields");
        if (!fields.isArray() || fields.isEmpty()) {
            // A free-form object (Java Object, or an untyped result): any members.
            return;
        }
        Set<String> known = new HashSet<>();
        for (JsonNode field : fields) {
            String name = field.path("name").asText();
            known.add(name);
            JsonNode member = value.get(name);
            boolean always = field.path("always").asBoolean(false);
            if (member == null) {
                if (always) {
                    problems.add(path + "." + name + ": missing (always present in the SDK model)");
                }
            } else if (member.isNull()) {
                if (always) {
                    problems.add(path + "." + name + ": null (always present in the SDK model)");
                }
            } else {
                check(field, member, path + "." + name, problems);
            }
        }
        value.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(path + "." + name + ": not a field of " + schema.path("class").asText("this object"));
            }
        });
    }

    private static boolean expect(boolean ok, String expected, JsonNode value, String path, List<String> problems) {
        if (!ok) {
            problems.add(path + ": expected " + expected + " but was " + kind(value));
        }
        return ok;
    }

    private static String kind(JsonNode value) {
        if (value.isIntegralNumber()) {
            return "integer " + value;
        }
        if (value.isNumber()) {
            return "number " + value;
        }
        if (value.isTextual()) {
            return "string";
        }
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
