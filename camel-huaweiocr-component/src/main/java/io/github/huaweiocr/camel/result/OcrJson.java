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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.huaweiocr.camel.json.Json;

/** Results as JSON text, as a JSON tree, or as plain Java maps and lists, through the component's one mapper. */
public final class OcrJson {

    private OcrJson() {
    }

    /** {@code value} (maps, lists, JSON nodes) as JSON text. */
    public static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Maps and lists read from JSON always serialise; anything else is a programming error.
            throw new IllegalStateException("Cannot write an OCR result as JSON", e);
        }
    }

    static String write(JsonNode node) {
        return node.toString();
    }

    /** {@code value} (maps, lists, JSON nodes) as a JSON tree. */
    public static JsonNode tree(Object value) {
        return Json.MAPPER.valueToTree(value);
    }

    /**
     * {@code node} as the plain Java values Jackson's untyped binding reads from JSON: objects as
     * {@code LinkedHashMap}, arrays as {@code ArrayList}, integers as {@code Integer}, {@code Long} or
     * {@code BigInteger}, other numbers as {@code Double}. It walks the tree once, where {@code convertValue} would
     * write it into a token buffer and bind that again: a good part of a small call's client time.
     */
    static Object plain(JsonNode node) {
        if (node.isObject()) {
            return putFields(node, new LinkedHashMap<>());
        }
        if (node.isArray()) {
            return addElements(node, new ArrayList<>(node.size()));
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber()) {
            return node.numberValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        // Binary or POJO nodes never come from parsing an answer; bind them as Jackson would.
        return Json.MAPPER.convertValue(node, Object.class);
    }

    /** The fields of an object node, as plain values, put into {@code into}. */
    static <M extends Map<String, Object>> M putFields(JsonNode object, M into) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            into.put(field.getKey(), plain(field.getValue()));
        }
        return into;
    }

    /** The elements of an array node, as plain values, added to {@code into}. */
    static <C extends Collection<Object>> C addElements(JsonNode array, C into) {
        for (JsonNode element : array) {
            into.add(plain(element));
        }
        return into;
    }
}
