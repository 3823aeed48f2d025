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
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/** What the message body becomes after a successful call. */
public enum OutputType {
    /** The {@code result} as a {@code java.util.Map} (or a {@code java.util.List} for array-valued operations). */
    MAP,
    /** The {@code result} as JSON text. */
    JSON,
    /** The {@code result} as a Jackson {@code JsonNode}. */
    NODE,
    /** The recognised lines joined by newlines; only for operations that return lines of text. */
    TEXT,
    /**
     * The .xlsx the table APIs return ({@code return_excel} is requested): {@code byte[]}, or a {@code List<byte[]>}
     * when smart-document-recognizer found several tables.
     */
    EXCEL,
    /** The tables of the result as CSV text (RFC 4180), merged cells in their top-left position. */
    CSV;

    /**
     * Why this output type cannot be made from {@code operation}'s answers ("is for ..., not X"), or empty when it
     * can. The one place that says which operation supports which output (read from the operation table); the
     * caller names the option as the user gave it.
     */
    public Optional<String> problemWith(HuaweiOcrOperation operation) {
        return switch (this) {
            case MAP, JSON, NODE -> Optional.empty();
            case TEXT -> TextExtractor.supports(operation) ? Optional.empty()
                    : Optional.of("is for operations that return lines of text ("
                            + TextExtractor.supportedOperations() + "), not " + operation.uriName()
                            + ". Use MAP, JSON or NODE for it");
            case EXCEL -> tables(operation, TableExcelExtractor::supports);
            case CSV -> tables(operation, TableCsvWriter::supports);
        };
    }

    private Optional<String> tables(HuaweiOcrOperation operation, Predicate<HuaweiOcrOperation> supports) {
        if (supports.test(operation)) {
            return Optional.empty();
        }
        return Optional.of("is for the table operations " + Arrays.stream(
                        HuaweiOcrOperation.values()).filter(supports).map(HuaweiOcrOperation::uriName)
                .collect(Collectors.joining(", ")) + ", not " + operation.uriName());
    }

    /** The request fields {@code operation} needs to answer in this output type ({@code return_excel=true}...). */
    public Map<String, Object> requestFields(HuaweiOcrOperation operation) {
        return switch (this) {
            case EXCEL -> TableExcelExtractor.requestParameters(operation);
            case CSV -> TableCsvWriter.requestParameters(operation);
            default -> Map.of();
        };
    }
}
