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
package io.github.huaweiocr.reliability.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Looks for configured secrets in text: exact values (secret key, password, security token) by name, and IAM tokens
 * by their shape, since the tokens of a run are issued by the emulator and never seen by the test.
 */
public final class SecretScanner {

    /** Every token the emulator issues starts with this (as Huawei's PKI tokens start with MII). */
    private static final Pattern IAM_TOKEN = Pattern.compile("MIIEmu[A-Za-z0-9_-]{16,}");

    private final Map<String, String> secrets = new LinkedHashMap<>();

    /** Adds a secret to look for; {@code name} is what a finding reports instead of the value. */
    public SecretScanner secret(String name, String value) {
        if (value != null && !value.isEmpty()) {
            secrets.put(name, value);
        }
        return this;
    }

    /** The name of the first secret found in {@code text}. */
    public Optional<String> find(CharSequence text) {
        String s = text.toString();
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            if (s.contains(secret.getValue())) {
                return Optional.of(secret.getKey());
            }
        }
        return IAM_TOKEN.matcher(s).find() ? Optional.of("IAM token") : Optional.empty();
    }

    /** The text with every secret masked, for a report that must not leak them again. */
    String mask(String text) {
        String masked = IAM_TOKEN.matcher(text).replaceAll("MIIEmu***");
        for (String value : secrets.values()) {
            masked = masked.replace(value, "***");
        }
        return masked.length() > 300 ? masked.substring(0, 300) + "..." : masked;
    }
}
