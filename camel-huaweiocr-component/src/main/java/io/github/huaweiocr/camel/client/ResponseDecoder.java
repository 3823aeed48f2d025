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
package io.github.huaweiocr.camel.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huaweiocr.camel.error.ErrorCatalog;
import io.github.huaweiocr.camel.error.ErrorKind;
import io.github.huaweiocr.camel.error.HuaweiOcrAuthenticationException;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.error.HuaweiOcrThrottledException;
import io.github.huaweiocr.camel.json.Json;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;

/**
 * Reads an OCR answer once, with Jackson, straight from the aggregated response buffer (no String of the body). An
 * error answer becomes the typed exception for its code; a body that is not Huawei's JSON error still yields a
 * readable message (its start, truncated) with a null code.
 */
final class ResponseDecoder {

    private static final int MAX_TEXT = 200;
    private static final int MAX_MESSAGE = 300;
    private static final Pattern ECHOED_ACCESS_KEY = Pattern.compile("(?i)(\\bak:)([A-Za-z0-9]{4})[A-Za-z0-9]*");

    private ResponseDecoder() {
    }

    /** A JSON body, or null when the body is empty or not JSON. The buffer is not released. */
    static JsonNode readJson(ByteBuf body) {
        if (body == null || !body.isReadable()) {
            return null;
        }
        try (ByteBufInputStream in = new ByteBufInputStream(body.duplicate())) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            return null;
        }
    }

    static OcrResponse success(HuaweiOcrOperation operation, int status, String requestId, ByteBuf body, int attempts) {
        JsonNode json = readJson(body);
        if (json == null || !json.isObject()) {
            throw new HuaweiOcrServiceException(operation, status, null, "the answer is not a JSON object: "
                    + text(body), requestId, attempts, ErrorKind.SERVICE, false,
                    "Check that endpoint points to the Huawei OCR service.");
        }
        return new OcrResponse(requestId, json, attempts);
    }

    /** The exception for an error answer; classification decides its type and whether it is retried. */
    static HuaweiOcrException failure(HuaweiOcrOperation operation, int status, String requestId, ByteBuf body,
                                      int attempts) {
        JsonNode json = readJson(body);
        String code = null;
        String message;
        if (json != null && json.isObject() && (json.has("error_code") || json.has("code"))) {
            code = textOf(json, "error_code", "code");
            message = sanitise(textOf(json, "error_msg", "message"));
        } else {
            message = text(body);
        }
        ErrorCatalog.Classification verdict = ErrorCatalog.classify(status, code, message, operation);
        return switch (verdict.kind()) {
            case SIGNATURE, TOKEN_EXPIRED, AUTHENTICATION -> new HuaweiOcrAuthenticationException(operation, status,
                    code, message, requestId, attempts, verdict.kind(), verdict.hint());
            case THROTTLED -> new HuaweiOcrThrottledException(operation, status, code, message, requestId, attempts,
                    verdict.hint());
            default -> new HuaweiOcrServiceException(operation, status, code, message, requestId, attempts,
                    verdict.kind(), verdict.retryable(), verdict.hint());
        };
    }

    private static String textOf(JsonNode json, String name, String fallback) {
        JsonNode v = json.has(name) ? json.get(name) : json.get(fallback);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * Huawei echoes the canonical request after a signature failure; it can carry header values, so it is cut off.
     * An echoed access key id is shortened.
     */
    static String sanitise(String message) {
        if (message == null) {
            return null;
        }
        String cut = ECHOED_ACCESS_KEY.matcher(message).replaceAll("$1$2...");
        int echo = cut.toLowerCase(Locale.ROOT).indexOf("canonicalrequest");
        if (echo >= 0) {
            cut = cut.substring(0, echo).replaceAll("[,;:\\s]+$", "");
        }
        return cut.length() > MAX_MESSAGE ? cut.substring(0, MAX_MESSAGE) + "..." : cut;
    }

    /** The start of a non-JSON body, for the message. */
    private static String text(ByteBuf body) {
        if (body == null || !body.isReadable()) {
            return "(empty body)";
        }
        int n = Math.min(body.readableBytes(), MAX_TEXT);
        String text = body.toString(body.readerIndex(), n, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        return body.readableBytes() > MAX_TEXT ? text + "..." : text;
    }
}
