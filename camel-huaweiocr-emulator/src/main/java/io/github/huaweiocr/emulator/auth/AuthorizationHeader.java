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

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parsed {@code Authorization: SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...} header.
 *
 * @param accessKey     the access key id
 * @param signedHeaders lower-case header names in the order the client listed them
 * @param signature     lower-case hex signature
 */
public record AuthorizationHeader(String accessKey, List<String> signedHeaders, String signature) {

    public static final String ALGORITHM = "SDK-HMAC-SHA256";

    /** Parses the header; empty when it is not a well-formed SDK-HMAC-SHA256 authorization. */
    public static Optional<AuthorizationHeader> parse(String header) {
        if (header == null || !header.startsWith(ALGORITHM + " ")) {
            return Optional.empty();
        }
        String access = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : header.substring(ALGORITHM.length() + 1).split(",")) {
            String item = part.trim();
            int eq = item.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            String value = item.substring(eq + 1).trim();
            switch (item.substring(0, eq).trim()) {
                case "Access" -> access = value;
                case "SignedHeaders" -> signedHeaders = value;
                case "Signature" -> signature = value;
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (access == null || access.isEmpty() || signedHeaders == null || signedHeaders.isEmpty() || signature == null) {
            return Optional.empty();
        }
        List<String> names = Arrays.stream(signedHeaders.split(";")).map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
        return Optional.of(new AuthorizationHeader(access, names, signature.toLowerCase(Locale.ROOT)));
    }
}
