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
package io.github.huaweiocr.emulator.validation;

import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationSpec;
import io.github.huaweiocr.emulator.errors.ErrorCode;

/**
 * The service-side checks of an OCR request, in the order of specification section 8.3: JSON syntax (ModelArts.4105),
 * base64 length (ModelArts.4104), parameters (AIS.0101), base64 and format (AIS.0102), pixel size (AIS.0103).
 */
public final class RequestValidator {

    /** Largest base64 text accepted in {@code image}/{@code data}: 10 MB, read as 10 MiB. */
    public static final int MAX_BASE64_CHARS = 10 * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private RequestValidator() {
    }

    /** What the request asks to recognise: a base64 text or a URL (one of them), nothing for invoice verification. */
    public record Input(String base64, String url) {
    }

    /** Parses the body as one JSON object (ModelArts.4105 otherwise). */
    public static ObjectNode parse(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            JsonNode node = JSON.readTree(parser);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            throw ErrorCode.MODELARTS_4105.error();
        }
        throw ErrorCode.MODELARTS_4105.error();
    }

    /** Checks size, parameter names, types and the image/url choice; returns the input to read. */
    public static Input checkParameters(OperationSpec operation, ObjectNode body) {
        String imageField = operation.imageField();
        if (imageField != null && body.path(imageField).isTextual()
                && body.path(imageField).textValue().length() > MAX_BASE64_CHARS) {
            throw ErrorCode.MODELARTS_4104.error();
        }
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            OperationSpec.ParameterSpec parameter = operation.parameter(field.getKey())
                    .orElseThrow(() -> ErrorCode.AIS_0101.error());
            if (!field.getValue().isNull() && !hasType(field.getValue(), parameter.type(), parameter.itemType())) {
                throw ErrorCode.AIS_0101.error();
            }
        }
        for (OperationSpec.ParameterSpec parameter : operation.parameters().values()) {
            if (parameter.required() && !present(body, parameter.name())) {
                throw ErrorCode.AIS_0101.error();
            }
        }
        if (imageField == null) {
            return new Input(null, null);
        }
        boolean hasImage = present(body, imageField);
        boolean hasUrl = present(body, "url");
        if (hasImage == hasUrl) {
            throw ErrorCode.AIS_0101.error();
        }
        return hasImage ? new Input(body.get(imageField).textValue(), null) : new Input(null, body.get("url").textValue());
    }

    /** Decodes plain base64 (no {@code data:} prefix, no line breaks); AIS.0102 otherwise. */
    public static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw ErrorCode.AIS_0102.error();
        }
    }

    /** Format by magic bytes among the operation's formats (AIS.0102), then its pixel limits (AIS.0103). */
    public static ImageInfo checkImage(OperationSpec operation, byte[] image) {
        ImageInfo info = ImageInspector.inspect(image).orElseThrow(() -> ErrorCode.AIS_0102.error());
        if (!operation.formats().contains(info.format())) {
            throw ErrorCode.AIS_0102.error();
        }
        if ("PDF".equals(info.format()) || "OFD".equals(info.format())) {
            return info;
        }
        if (!info.hasPixelSize()) {
            throw ErrorCode.AIS_0102.error();
        }
        int shortest = Math.min(info.width(), info.height());
        int longest = Math.max(info.width(), info.height());
        long pixels = (long) info.width() * info.height();
        if (shortest < operation.minSide() || (operation.maxSide() > 0 && longest > operation.maxSide())
                || (operation.maxMegapixels() > 0 && pixels > operation.maxMegapixels() * 1_000_000L)) {
            throw ErrorCode.AIS_0103.error();
        }
        return info;
    }

    private static boolean present(ObjectNode body, String name) {
        JsonNode value = body.get(name);
        return value != null && !value.isNull();
    }

    private static boolean hasType(JsonNode value, String type, String itemType) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "object" -> value.isObject();
            case "array" -> value.isArray() && allItems(value, itemType);
            default -> true;
        };
    }

    private static boolean allItems(JsonNode array, String itemType) {
        if (itemType == null) {
            return true;
        }
        for (JsonNode item : array) {
            if (!hasType(item, itemType, null)) {
                return false;
            }
        }
        return true;
    }
}
