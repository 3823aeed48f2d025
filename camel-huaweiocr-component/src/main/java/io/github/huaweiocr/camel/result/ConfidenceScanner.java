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

import java.util.Map;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the lowest confidence anywhere in a result, so a route can send doubtful documents to a human with one header
 * test. Operations report confidence either as a number ({@code "confidence": 0.98}) or as a map of field name to
 * number ({@code "confidence": {"name": 0.99, "number": 0.87}}); both count. Per-character confidences
 * ({@code char_confidence}) do not: a block's confidence already summarises its characters.
 */
public final class ConfidenceScanner {

    private static final String FIELD = "confidence";

    private ConfidenceScanner() {
    }

    /** The minimum confidence in {@code result}, or empty when it carries none. */
    public static OptionalDouble min(JsonNode result) {
        double[] min = {Double.NaN};
        scan(result, min);
        return Double.isNaN(min[0]) ? OptionalDouble.empty() : OptionalDouble.of(min[0]);
    }

    private static void scan(JsonNode node, double[] min) {
        if (node.isArray()) {
            node.forEach(element -> scan(element, min));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (FIELD.equals(field.getKey())) {
                    collectNumbers(field.getValue(), min);
                } else {
                    scan(field.getValue(), min);
                }
            }
        }
    }

    private static void collectNumbers(JsonNode node, double[] min) {
        if (node.isNumber()) {
            min[0] = Double.isNaN(min[0]) ? node.asDouble() : Math.min(min[0], node.asDouble());
        } else if (node.isContainerNode()) {
            node.forEach(child -> collectNumbers(child, min));
        }
    }
}
