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

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.huaweiocr.camel.json.Json;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/** Turns the API's {@code result} into the message body the route asked for. */
public final class ResultMapper {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() {
    };

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
            return new OcrResultMap(Json.MAPPER.convertValue(result, MAP));
        }
        if (result.isArray()) {
            return new OcrResultList(Json.MAPPER.convertValue(result, LIST));
        }
        // A missing or scalar result never happens on success; keep whatever Jackson reads rather than failing.
        return Json.MAPPER.convertValue(result, Object.class);
    }
}
