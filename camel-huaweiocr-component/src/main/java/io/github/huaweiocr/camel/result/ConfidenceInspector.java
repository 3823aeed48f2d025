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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Confidence review ({@code confidenceThreshold}): finds every confidence in a result below a threshold and names
 * what it belongs to, so a route can send uncertain documents to a person.
 *
 * <p>Confidences come in three shapes, all read here:
 * <ul>
 * <li>a number on a block or word: {@code words_block_list[3].confidence} is reported as {@code words_block_list[3]};
 * </li>
 * <li>a number with a suffix: {@code char_confidence} of a character ({@code words_block_list[0].char_list[2]}),
 * {@code words_confidence} of seal text;</li>
 * <li>a map of field name to number, as most card and invoice APIs return: {@code {"confidence": {"name": 0.41}}} is
 * reported as the field, {@code name} (or {@code itinerary_list[0].name} under a nested object).</li>
 * </ul>
 * Paths are relative to the {@code result} member; array results start with the element index ({@code [0].ocr_result
 * .words_block_list[1]}).
 */
public final class ConfidenceInspector {

    private ConfidenceInspector() {
    }

    /**
     * One confidence below the threshold.
     *
     * @param path       what it belongs to: a block/word path or a result field path
     * @param confidence its value
     */
    public record Finding(String path, double confidence) {
    }

    /**
     * What the review found.
     *
     * @param threshold the threshold used
     * @param findings  every confidence below it, in document order
     * @param minimum   the lowest confidence anywhere in the result, or empty when it has none
     */
    public record Report(double threshold, List<Finding> findings, OptionalDouble minimum) {

        /** Value of the {@code CamelHuaweiOcrLowConfidence} header: whether anything is below the threshold. */
        public boolean lowConfidence() {
            return !findings.isEmpty();
        }

        /**
         * Value of the {@code CamelHuaweiOcrLowConfidenceFields} header: the distinct paths below the threshold, in
         * document order.
         */
        public List<String> paths() {
            return findings.stream().map(Finding::path).distinct().toList();
        }
    }

    /**
     * Reviews a result.
     *
     * @param result    the response's {@code result} (object or array)
     * @param threshold 0..1; a confidence strictly below it is reported
     */
    public static Report inspect(JsonNode result, double threshold) {
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("confidenceThreshold must be between 0 and 1, got " + threshold);
        }
        Walk walk = new Walk(threshold);
        walk.node(result, "");
        return new Report(threshold, Collections.unmodifiableList(walk.findings),
                walk.found ? OptionalDouble.of(walk.min) : OptionalDouble.empty());
    }

    private static final class Walk {
        private final double threshold;
        private final List<Finding> findings = new ArrayList<>();
        private double min = Double.MAX_VALUE;
        private boolean found;

        Walk(double threshold) {
            this.threshold = threshold;
        }

        void node(JsonNode node, String path) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    node(node.get(i), path + "[" + i + "]");
                }
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    String key = field.getKey();
                    if (isConfidenceKey(key)) {
                        confidence(field.getValue(), path, key);
                    } else {
                        node(field.getValue(), child(path, key));
                    }
                }
            }
        }

        /** A confidence value owned by the object at {@code owner}. */
        private void confidence(JsonNode value, String owner, String key) {
            if (value.isNumber()) {
                record(owner.isEmpty() ? key : owner, value.asDouble());
            } else if (value.isContainerNode()) {
                fieldConfidences(value, owner);
            }
        }

        /** A confidence map: its keys are the names of the owner's result fields. */
        private void fieldConfidences(JsonNode map, String path) {
            if (map.isNumber()) {
                record(path, map.asDouble());
            } else if (map.isArray()) {
                for (int i = 0; i < map.size(); i++) {
                    fieldConfidences(map.get(i), path + "[" + i + "]");
                }
            } else if (map.isObject()) {
                for (Map.Entry<String, JsonNode> field : map.properties()) {
                    fieldConfidences(field.getValue(), child(path, field.getKey()));
                }
            }
        }

        private void record(String path, double confidence) {
            found = true;
            min = Math.min(min, confidence);
            if (confidence < threshold) {
                findings.add(new Finding(path, confidence));
            }
        }

        private static boolean isConfidenceKey(String key) {
            return key.equals("confidence") || key.endsWith("_confidence");
        }

        private static String child(String path, String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }
}
