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

import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationSpec;

/** Field paths ({@code result.words_block_list[].words}) declared by a schema and present in a JSON value. */
final class SchemaPaths {

    private SchemaPaths() {
    }

    static Set<String> declared(JsonNode schema) {
        Set<String> paths = new TreeSet<>();
        declared(schema, "result", paths);
        return paths;
    }

    static Set<String> present(JsonNode value) {
        Set<String> paths = new TreeSet<>();
        present(value, "result", paths);
        return paths;
    }

    /** A request body that asks for every optional output: every boolean parameter true, every extraction type. */
    static ObjectNode everythingRequested(OperationSpec operation) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        operation.parameters().values().forEach(parameter -> {
            if (parameter.type().equals("boolean")) {
                body.put(parameter.name(), true);
            }
        });
        if (operation.parameter("extract_type").isPresent()) {
            ArrayNode types = body.putArray("extract_type");
            types.add("contact_info").add("image_size");
        }
        return body;
    }

    private static void declared(JsonNode schema, String path, Set<String> paths) {
        paths.add(path);
        for (JsonNode field : schema.path("fields")) {
            declared(field, path + "." + field.path("name").asText(), paths);
        }
        if (schema.has("items")) {
            declared(schema.get("items"), path + "[]", paths);
        }
    }

    private static void present(JsonNode value, String path, Set<String> paths) {
        paths.add(path);
        if (value.isObject()) {
            value.fields().forEachRemaining(e -> present(e.getValue(), path + "." + e.getKey(), paths));
        } else if (value.isArray()) {
            value.forEach(item -> present(item, path + "[]", paths));
        }
    }
}
