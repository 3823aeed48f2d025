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
package io.github.huaweiocr.camel.input;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.json.Json;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation.Parameter;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation.ParameterType;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * Checks the API's own request fields ({@code param.*} options, the {@code CamelHuaweiOcrParameters} header, an
 * invoice-verification body) against the operation and converts them to the JSON types the API expects: a typo or a
 * wrong type fails here, naming the valid fields, instead of being ignored or rejected by Huawei.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    /**
     * Converts {@code raw} (Strings from a URI, or typed values from a header or body) for {@code operation}.
     *
     * @param  origin                  where the values come from, for messages ({@code "param.*"}, a header name)
     * @return                         field name to JSON-ready value, in the order given
     * @throws HuaweiOcrInputException for an unknown field or a value of the wrong type
     */
    public static Map<String, Object> bind(HuaweiOcrOperation operation, Map<String, ?> raw, String origin) {
        Map<String, Object> bound = new LinkedHashMap<>();
        if (raw == null) {
            return bound;
        }
        for (Map.Entry<String, ?> entry : raw.entrySet()) {
            Parameter parameter = operation.parameters().get(entry.getKey());
            if (parameter == null) {
                throw new HuaweiOcrInputException("Unknown request field '" + entry.getKey() + "' in " + origin + " for "
                        + operation.uriName() + ". Valid fields: " + validFields(operation));
            }
            bound.put(parameter.name(), convert(operation, parameter, entry.getValue(), origin));
        }
        return bound;
    }

    /** Fails when a field the operation requires is missing (only invoice verification has some). */
    public static void checkRequired(HuaweiOcrOperation operation, Map<String, Object> parameters) {
        // A loop rather than a stream: it runs for every call, and almost always finds nothing.
        List<String> missing = null;
        for (Parameter parameter : operation.parameters().values()) {
            if (parameter.required() && parameters.get(parameter.name()) == null) {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(parameter.name());
            }
        }
        if (missing != null) {
            throw new HuaweiOcrInputException(operation.uriName() + " requires the fields " + missing
                    + "; set them as param.* options, in the CamelHuaweiOcrParameters header or in a Map/JSON body");
        }
    }

    /** Reads a JSON object given as text into a Map. */
    public static Map<String, Object> parseObject(String json, String origin) {
        try {
            return Json.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new HuaweiOcrInputException(origin + " is not a JSON object: " + e.getOriginalMessage());
        }
    }

    private static String validFields(HuaweiOcrOperation operation) {
        if (operation.parameters().isEmpty()) {
            return "none (this operation takes only the image)";
        }
        StringBuilder sb = new StringBuilder();
        operation.parameters().values().forEach(p -> sb.append(sb.isEmpty() ? "" : ", ").append(p.name()).append(" (")
                .append(p.type().name().toLowerCase(Locale.ROOT)).append(')'));
        return sb.toString();
    }

    private static Object convert(HuaweiOcrOperation operation, Parameter parameter, Object value, String origin) {
        if (value == null) {
            return null;
        }
        Object converted = switch (parameter.type()) {
            case BOOLEAN -> toBoolean(value);
            case INTEGER -> toInteger(value);
            case NUMBER -> toNumber(value);
            case STRING -> toText(value);
            case OBJECT -> toObject(value);
            case ARRAY -> toArray(value);
        };
        if (converted == null) {
            throw new HuaweiOcrInputException("Request field '" + parameter.name() + "' of " + operation.uriName()
                    + " in " + origin + " must be " + describe(parameter.type()) + "; got " + shortValue(value));
        }
        return converted;
    }

    private static Object toBoolean(Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof CharSequence text) {
            String s = text.toString().trim();
            if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                return Boolean.valueOf(s);
            }
        }
        return null;
    }

    private static Object toInteger(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return value;
        }
        if (value instanceof CharSequence text) {
            try {
                long parsed = Long.parseLong(text.toString().trim());
                // Not a ternary: it would promote the Integer to a Long.
                if (parsed == (int) parsed) {
                    return Integer.valueOf((int) parsed);
                }
                return Long.valueOf(parsed);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Object toNumber(Object value) {
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof CharSequence text) {
            try {
                return new BigDecimal(text.toString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Object toText(Object value) {
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            // Amounts keep their printed digits ("88.00"), which invoice verification compares.
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return null;
    }

    private static Object toObject(Object value) {
        if (value instanceof Map<?, ?>) {
            return value;
        }
        if (value instanceof CharSequence text) {
            try {
                return Json.MAPPER.readValue(text.toString(), new TypeReference<LinkedHashMap<String, Object>>() {
                });
            } catch (JsonProcessingException e) {
                return null;
            }
        }
        return null;
    }

    private static Object toArray(Object value) {
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(Array.get(value, i));
            }
            return list;
        }
        if (value instanceof CharSequence text) {
            String s = text.toString().trim();
            if (s.startsWith("[")) {
                try {
                    return Json.MAPPER.readValue(s, new TypeReference<List<Object>>() {
                    });
                } catch (JsonProcessingException e) {
                    return null;
                }
            }
            List<Object> items = new ArrayList<>();
            for (String item : s.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
            return items;
        }
        return null;
    }

    private static String describe(ParameterType type) {
        return switch (type) {
            case BOOLEAN -> "a boolean (true or false)";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case OBJECT -> "a JSON object (a Map, or its JSON text)";
            case ARRAY -> "an array (a List, a JSON array, or a comma-separated list)";
        };
    }

    private static String shortValue(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "' (" + value.getClass().getSimpleName()
                + ")";
    }
}
