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

import java.util.Arrays;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation.TextLayout;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * The recognised lines of a text-reading operation, joined by newlines. Only operations whose answer is lines of text
 * qualify; for the others (cards, invoices, tickets) a flat text would lose which value is which field, so asking for
 * TEXT is rejected when the endpoint is created rather than silently degraded.
 */
public final class TextExtractor {

    private TextExtractor() {
    }

    /** Whether {@code operation} returns lines of text. */
    public static boolean supports(HuaweiOcrOperation operation) {
        return operation.textLayout() != TextLayout.NONE;
    }

    /** The operations that return lines of text, by URI name, for messages. */
    public static String supportedOperations() {
        return Arrays.stream(HuaweiOcrOperation.values()).filter(TextExtractor::supports).map(HuaweiOcrOperation::uriName)
                .collect(Collectors.joining(", "));
    }

    /** The lines of {@code result} in reading order (blocks as the API orders them; pages one after another). */
    public static String extract(HuaweiOcrOperation operation, JsonNode result) {
        StringJoiner lines = new StringJoiner("\n");
        switch (operation.textLayout()) {
            case BLOCKS -> addBlocks(result, lines);
            case TABLE_REGIONS -> result.path("words_region_list").forEach(region -> addBlocks(region, lines));
            case DOCUMENT_PAGES -> result.forEach(page -> addBlocks(page.path("ocr_result"), lines));
            case NONE -> throw new IllegalArgumentException(operation.uriName() + " does not return lines of text; "
                    + "outputType TEXT is for " + supportedOperations());
        }
        return lines.toString();
    }

    private static void addBlocks(JsonNode container, StringJoiner lines) {
        for (JsonNode block : container.path("words_block_list")) {
            JsonNode words = block.path("words");
            if (words.isTextual()) {
                lines.add(words.asText());
            }
        }
    }
}
