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
package io.github.huaweiocr.camel.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huaweiocr.camel.error.ErrorKind;
import io.github.huaweiocr.camel.error.HuaweiOcrAuthenticationException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.json.Json;
import io.netty.handler.codec.http.HttpHeaders;

/** Turns IAM error answers into exceptions. The IAM error body format is not documented, so several shapes are read. */
final class IamResponses {

    private static final int MAX_TEXT = 200;

    private IamResponses() {
    }

    static HuaweiOcrServiceException failure(String what, int status, HttpHeaders headers, byte[] body, String hint) {
        String code = null;
        String message = null;
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            JsonNode holder = find(node);
            if (holder != null) {
                code = text(holder, "error_code", "code");
                message = text(holder, "error_msg", "message");
                if (code != null && code.chars().allMatch(Character::isDigit)) {
                    // Keystone's {"error": {"code": 401, ...}} repeats the HTTP status: not a Huawei error code.
                    code = null;
                }
            }
        } catch (IOException notJson) {
            // A non-JSON body (proxy page, load balancer) still says something useful: keep its start.
        }
        if (message == null && body.length > 0) {
            String text = new String(body, 0, Math.min(body.length, MAX_TEXT), StandardCharsets.UTF_8).strip();
            message = body.length > MAX_TEXT ? text + "..." : text;
        }
        String requestId = headers.get("X-Request-Id");
        String full = what + (message == null ? "" : ": " + message);
        if (status >= 500 || status == 429) {
            return new HuaweiOcrServiceException(null, status, code, full, requestId, 1, ErrorKind.SERVER, true,
                    "IAM is unavailable or busy; try again later.");
        }
        return new HuaweiOcrAuthenticationException(null, status, code, full, requestId, 1, ErrorKind.AUTHENTICATION,
                hint);
    }

    /** The object carrying the code and message: the root, or a nested {"error": {...}} as Keystone sends. */
    private static JsonNode find(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        if (node.has("error_code") || node.has("error_msg") || node.has("code") || node.has("message")) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = find(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String name, String fallback) {
        JsonNode v = node.has(name) ? node.get(name) : node.get(fallback);
        return v == null || v.isNull() ? null : v.asText();
    }
}
