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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.huaweiocr.camel.json.Json;

/** The one Jackson mapper of the component's results: thread-safe once configured, costly to create. */
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
}
