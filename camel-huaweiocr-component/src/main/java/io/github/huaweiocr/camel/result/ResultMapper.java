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

import com.fasterxml.jackson.databind.JsonNode;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/** Turns the API's {@code result} into the message body the route asked for. */
public final class ResultMapper {

    private ResultMapper() {
    }

    /** The body for {@code result} in {@code outputType}. */
    public static Object toBody(OutputType outputType, HuaweiOcrOperation operation, JsonNode result) {
        return switch (outputType) {
            case MAP -> toJavaValue(result);
            case JSON -> OcrJson.write(result);
            case NODE -> result;
            case TEXT -> TextExtractor.extract(operation, result);
            case EXCEL -> TableExcelExtractor.body(result);
            case CSV -> TableCsvWriter.write(result);
        };
    }

    private static Object toJavaValue(JsonNode result) {
        if (result.isObject()) {
            return OcrJson.putFields(result, new OcrResultMap());
        }
        if (result.isArray()) {
            return OcrJson.addElements(result, new OcrResultList());
        }
        // A missing or scalar result never happens on success; keep whatever Jackson reads rather than failing.
        return OcrJson.plain(result);
    }
}
