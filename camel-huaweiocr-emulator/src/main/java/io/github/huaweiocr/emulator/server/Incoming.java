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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.huaweiocr.emulator.auth.SdkHmacSha256;
import io.github.huaweiocr.emulator.auth.SignedRequest;

/**
 * A received request with its body read.
 *
 * @param requestId  the id sent back in {@code X-Request-Id}
 * @param bodySha256 lower-case hex SHA-256 of the body once computed ({@link #hashed()}), or null
 */
record Incoming(String method, String path, String query, Map<String, List<String>> headers, byte[] body,
                String requestId, String bodySha256) {

    /** A request whose body has not been hashed yet. */
    Incoming(String method, String path, String query, Map<String, List<String>> headers, byte[] body,
             String requestId) {
        this(method, path, query, headers, body, requestId, null);
    }

    /** This request with its body's SHA-256 (lower-case hex), which the signature check then reuses. */
    Incoming hashed() {
        return bodySha256 != null ? this
                : new Incoming(method, path, query, headers, body, requestId, SdkHmacSha256.sha256Hex(body));
    }

    SignedRequest signed() {
        return new SignedRequest(method, path, query, headers, body, bodySha256);
    }

    String header(String lowerCaseName) {
        return signed().header(lowerCaseName);
    }

    /** The first value of a query parameter (percent-decoded), or null. */
    String queryParameter(String name) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
