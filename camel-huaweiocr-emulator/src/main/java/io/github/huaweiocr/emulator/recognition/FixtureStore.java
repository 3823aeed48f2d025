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
package io.github.huaweiocr.emulator.recognition;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.huaweiocr.emulator.catalog.OperationCatalog;
import io.github.huaweiocr.emulator.catalog.OperationSpec;

/**
 * Responses registered for an image, by the image's SHA-256: the emulator returns them as they are. A fixture is a
 * whole response body, {@code {"result": ...}} plus any extra top-level members ({@code template_id}).
 * <p>
 * A fixture registered with an operation segment is checked against that operation's result schema when it is
 * registered, and only answers that operation. A fixture registered without one answers any operation whose schema
 * it fits; for an operation it does not fit, it is skipped and the next recognizer answers (so one image can carry a
 * general-text fixture and still be sent to other operations). Thread-safe.
 */
public final class FixtureStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Key of a fixture registered without an operation. */
    private static final String ANY_OPERATION = "*";

    private final OperationCatalog catalog;
    private final Map<String, Map<String, JsonNode>> fixtures = new ConcurrentHashMap<>();

    public FixtureStore(OperationCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Registers a response for an image, for every operation it fits.
     *
     * @param sha256   hex SHA-256 of the image bytes (either case)
     * @param response {@code {"result": ...}} plus optional extra top-level members
     * @throws IllegalArgumentException if the hash is malformed or the response has no {@code result}
     */
    public void put(String sha256, JsonNode response) {
        String key = normalise(sha256);
        requireResult(response);
        fixtures.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(ANY_OPERATION, response.deepCopy());
    }

    /**
     * Registers a response for an image and one operation.
     *
     * @param segment the operation's path segment, e.g. {@code general-text}
     * @throws IllegalArgumentException if the hash is malformed, the operation unknown, or the response does not fit
     *                                  the operation's result schema (the message lists every mismatch)
     */
    public void put(String sha256, String segment, JsonNode response) {
        String key = normalise(sha256);
        requireResult(response);
        OperationSpec operation = catalog.bySegment(segment)
                .orElseThrow(() -> new IllegalArgumentException("unknown operation '" + segment + "'"));
        List<String> problems = ResultSchemaValidator.validateResponse(operation, response);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("fixture does not fit the " + segment + " response: "
                    + String.join("; ", problems));
        }
        fixtures.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(segment, response.deepCopy());
    }

    /** The fixture for this image and operation: one registered for the operation first, then a fitting general one. */
    Optional<JsonNode> find(String sha256, OperationSpec operation) {
        if (sha256 == null) {
            return Optional.empty();
        }
        Map<String, JsonNode> forImage = fixtures.get(sha256.toLowerCase(Locale.ROOT));
        if (forImage == null) {
            return Optional.empty();
        }
        JsonNode specific = forImage.get(operation.segment());
        if (specific != null) {
            return Optional.of(specific);
        }
        JsonNode general = forImage.get(ANY_OPERATION);
        if (general != null && ResultSchemaValidator.validateResponse(operation, general).isEmpty()) {
            return Optional.of(general);
        }
        return Optional.empty();
    }

    public void clear() {
        fixtures.clear();
    }

    /** Number of registered fixtures (an image registered for two operations counts twice). */
    public int size() {
        return fixtures.values().stream().mapToInt(Map::size).sum();
    }

    private static String normalise(String sha256) {
        String key = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(key).matches()) {
            throw new IllegalArgumentException("not a hex SHA-256: '" + sha256 + "'");
        }
        return key;
    }

    private static void requireResult(JsonNode response) {
        if (response == null || !response.isObject() || !response.has("result")) {
            throw new IllegalArgumentException("a fixture is a response body with a member 'result'");
        }
    }
}
