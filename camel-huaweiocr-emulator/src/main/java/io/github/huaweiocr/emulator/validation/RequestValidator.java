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
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Reads one member's value from the body's parser, which goes on to the next member. */
    private static final ObjectReader VALUES = JSON.reader();
    /** Stands for the document's text in the type check of its parameter. */
    private static final JsonNode A_STRING = JSON.getNodeFactory().textNode("");

    private RequestValidator() {
    }

    /**
     * What the request asks to recognise: a base64 text or a URL (one of them), nothing for invoice verification.
     *
     * @param base64 the document's base64 text, or null
     * @param url    the document's URL, or null
     */
    public record Input(Base64Text base64, String url) {
    }

    /**
     * A request body read as one JSON object.
     *
     * @param fields   every member but the document's base64 text (the operation's {@code image} or {@code data}
     *                 when it is a string), in the order sent
     * @param document that base64 text, or null when the body has no such string
     */
    public record Body(ObjectNode fields, Base64Text document) {
    }

    /**
     * Parses the body as one JSON object (ModelArts.4105 otherwise), holding the string member named
     * {@code documentField} apart as a {@link Base64Text}: the whole body is parsed and checked, but that string,
     * nearly all of the body, is not copied into the tree.
     *
     * @param documentField the operation's image field, or null
     */
    public static Body parse(byte[] body, String documentField) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw ErrorCode.MODELARTS_4105.error();
            }
            ObjectNode fields = JSON.getNodeFactory().objectNode();
            Base64Text document = null;
            JsonToken token = parser.nextToken();
            while (token == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.VALUE_STRING && name.equals(documentField)) {
                    int opening = quoteAt(body, parser.currentTokenLocation().getByteOffset());
                    if (opening < 0) {
                        // not a UTF-8 body whose offsets are bytes: read the string as JSON
                        document = Base64Text.of(parser.getText());
                        token = parser.nextToken();
                    } else {
                        token = parser.nextToken();
                        document = Base64Text.slice(body, opening,
                                closingQuoteBefore(body, opening, parser.currentTokenLocation().getByteOffset()));
                    }
                } else {
                    fields.set(name, VALUES.readTree(parser));
                    token = parser.nextToken();
                }
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw ErrorCode.MODELARTS_4105.error();
            }
            return new Body(fields, document);
        } catch (IOException e) {
            throw ErrorCode.MODELARTS_4105.error();
        }
    }

    /** {@code offset} when it is the index of a quote in {@code body}, else -1. */
    private static int quoteAt(byte[] body, long offset) {
        return offset >= 0 && offset < body.length && body[(int) offset] == '"' ? (int) offset : -1;
    }

    /**
     * The closing quote of the string that opened at {@code opening}, found back from the next token (only JSON
     * whitespace and a comma lie between them), or -1.
     */
    private static int closingQuoteBefore(byte[] body, int opening, long nextToken) {
        if (nextToken <= opening || nextToken > body.length) {
            return -1;
        }
        int i = (int) nextToken - 1;
        while (i > opening && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r'
                || body[i] == ',')) {
            i--;
        }
        return i > opening && body[i] == '"' ? i : -1;
    }

    /** Checks size, parameter names, types and the image/url choice; returns the input to read. */
    public static Input checkParameters(OperationSpec operation, Body body) {
        String imageField = operation.imageField();
        ObjectNode fields = body.fields();
        Base64Text document = imageField == null ? null : body.document();
        if (document != null && document.longerThan(MAX_BASE64_CHARS)) {
            throw ErrorCode.MODELARTS_4104.error();
        }
        if (document != null) {
            OperationSpec.ParameterSpec parameter = operation.parameter(imageField)
                    .orElseThrow(() -> ErrorCode.AIS_0101.error());
            if (!hasType(A_STRING, parameter.type(), parameter.itemType())) {
                throw ErrorCode.AIS_0101.error();
            }
        }
        Iterator<Map.Entry<String, JsonNode>> members = fields.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> field = members.next();
            OperationSpec.ParameterSpec parameter = operation.parameter(field.getKey())
                    .orElseThrow(() -> ErrorCode.AIS_0101.error());
            if (!field.getValue().isNull() && !hasType(field.getValue(), parameter.type(), parameter.itemType())) {
                throw ErrorCode.AIS_0101.error();
            }
        }
        for (OperationSpec.ParameterSpec parameter : operation.parameters().values()) {
            if (parameter.required() && !present(fields, parameter.name())
                    && !(document != null && parameter.name().equals(imageField))) {
                throw ErrorCode.AIS_0101.error();
            }
        }
        if (imageField == null) {
            return new Input(null, null);
        }
        boolean hasImage = document != null || present(fields, imageField);
        boolean hasUrl = present(fields, "url");
        if (hasImage == hasUrl) {
            throw ErrorCode.AIS_0101.error();
        }
        if (!hasImage) {
            return new Input(null, fields.get("url").textValue());
        }
        if (document != null) {
            return new Input(document, null);
        }
        // not a string, yet of the parameter's type: there is no base64 text to read
        String text = fields.get(imageField).textValue();
        return new Input(text == null ? null : Base64Text.of(text), null);
    }

    /** Decodes plain base64 (no {@code data:} prefix, no line breaks); AIS.0102 otherwise. */
    public static byte[] decode(Base64Text base64) {
        try {
            return base64.decode();
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
