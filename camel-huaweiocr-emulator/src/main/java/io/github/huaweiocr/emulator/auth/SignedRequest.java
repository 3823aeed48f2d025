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
package io.github.huaweiocr.emulator.auth;

import java.util.List;
import java.util.Map;

/**
 * A request as received, in the form the signature is computed over.
 *
 * @param method  HTTP method
 * @param path    the path as received on the wire (percent-encoded, without query)
 * @param query   the raw query string without {@code ?}, or empty
 * @param headers header values by lower-case name (repeated headers keep every value, in order)
 * @param body    the exact body bytes
 * @param knownBodySha256 lower-case hex SHA-256 of {@code body} when the receiver has computed it already, or null
 */
public record SignedRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body,
                            String knownBodySha256) {

    /** A request whose body has not been hashed yet. */
    public SignedRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
        this(method, path, query, headers, body, null);
    }

    /** Lower-case hex SHA-256 of the body: the one known, or computed now. */
    public String bodySha256() {
        return knownBodySha256 != null ? knownBodySha256 : SdkHmacSha256.sha256Hex(body);
    }

    /** The values of one header joined with commas, or null when absent. */
    public String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
