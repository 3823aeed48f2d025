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

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationSpec;

/**
 * Decides which optional result fields a request asked for. Section 6 documents many fields as "only when X=true";
 * the common pattern is a boolean request parameter {@code return_F} gating the field {@code F}, applied here for
 * every operation. The few irregular gates are listed explicitly.
 */
final class FieldGates {

    /** segment -> field name -> the request flag that must be true for it. */
    private static final Map<String, Map<String, String>> EXPLICIT = Map.of(
            "general-table", Map.of("location", "return_text_location", "cell_location", "return_text_location",
                    "words_list", "return_text_location", "char_list", "return_char_location",
                    "rectification_matrix", "return_rectification_matrix"),
            "financial-statement", Map.of("location", "return_text_location", "cell_location",
                    "return_text_location"),
            "smart-document-recognizer", Map.of("kv_result", "kv", "table_result", "table", "layout_result",
                    "layout", "form_result", "form", "formula_result", "formula", "char_list", "character_mode"),
            "auto-classification", Map.of("seal_mark", "detect_seal"),
            "web-image", Map.of("font_list", "detect_font", "font_scores", "detect_font"),
            "general-text", Map.of("markdown_result", "return_markdown_result"),
            "id-card", Map.of("verification_result", "return_verification"));

    /** Fields gated by a member of the {@code extract_type} array rather than a flag. */
    private static final Set<String> EXTRACT_TYPES = Set.of("contact_info", "image_size");

    private FieldGates() {
    }

    /**
     * Whether an always-present list must be sent empty: general-text's {@code char_list} is mandatory in the SDK
     * model but only populated with {@code character_mode=true}.
     */
    static boolean emptied(OperationSpec operation, String field, ObjectNode body) {
        return operation.segment().equals("general-text") && field.equals("char_list")
                && !body.path("character_mode").asBoolean(false);
    }

    /**
     * @param operation the operation
     * @param field     a field name at any depth of the result
     * @param body      the request body
     * @return whether the field belongs in the answer
     */
    static boolean wanted(OperationSpec operation, String field, ObjectNode body) {
        String segment = operation.segment();
        String flag = EXPLICIT.getOrDefault(segment, Map.of()).get(field);
        if (flag != null) {
            return body.path(flag).asBoolean(false);
        }
        if (segment.equals("web-image") && EXTRACT_TYPES.contains(field)) {
            for (JsonNode type : body.path("extract_type")) {
                if (field.equals(type.asText())) {
                    return true;
                }
            }
            return false;
        }
        String returnFlag = "return_" + field;
        if (operation.parameter(returnFlag).filter(p -> p.type().equals("boolean")).isPresent()) {
            return body.path(returnFlag).asBoolean(false);
        }
        return true;
    }
}
