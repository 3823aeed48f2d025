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
package io.github.huaweiocr.emulator.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.errors.OcrApiException;

/**
 * One HTTP answer, built before it is written so that faults (a truncated body) and statistics see the whole of it.
 *
 * @param status      HTTP status
 * @param contentType media type of {@code body}
 * @param body        the exact bytes
 * @param errorCode   the error code the body carries, or null
 * @param headers     extra headers, spelled exactly as they go on the wire
 * @param delivery    how the answer reaches the wire (normally, or broken by an injected fault)
 */
record Reply(int status, String contentType, byte[] body, String errorCode, Map<String, String> headers,
             Delivery delivery) {

    /** How an answer is written. */
    enum Delivery {
        /** The whole answer. */
        NORMAL,
        /** A TCP reset instead of any answer. */
        RESET,
        /** Headers announcing the whole body, half of it, then the connection closes. */
        TRUNCATED
    }

    static final String JSON = "application/json;charset=UTF-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Reply json(int status, JsonNode body) {
        return new Reply(status, JSON, bytes(body), null, Map.of(), Delivery.NORMAL);
    }

    /** The error body of section 4: gateway errors also carry the request id. */
    static Reply error(OcrApiException error, String requestId) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("error_code", error.code());
        body.put("error_msg", error.getMessage());
        if (error.errorCode().fromGateway()) {
            body.put("request_id", requestId);
        }
        return new Reply(error.status(), JSON, bytes(body), error.code(), Map.of(), Delivery.NORMAL);
    }

    Reply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Reply(status, contentType, body, errorCode, copy, delivery);
    }

    Reply delivered(Delivery how) {
        return new Reply(status, contentType, body, errorCode, headers, how);
    }

    static Reply text(int status, String contentType, String text) {
        return new Reply(status, contentType, text.getBytes(StandardCharsets.UTF_8), null, Map.of(), Delivery.NORMAL);
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }
}
