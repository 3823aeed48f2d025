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
package io.github.huaweiocr.emulator.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The 52 operations, loaded from {@code operations.json} (generated from the specification by
 * {@code tools/spec_catalog.py}).
 */
public final class OperationCatalog {

    private static final String RESOURCE = "/io/github/huaweiocr/emulator/operations.json";
    private static final OperationCatalog DEFAULT = load();

    private final Map<String, OperationSpec> bySegment;

    private OperationCatalog(Map<String, OperationSpec> bySegment) {
        this.bySegment = Collections.unmodifiableMap(bySegment);
    }

    /** The catalogue shipped with the emulator. */
    public static OperationCatalog standard() {
        return DEFAULT;
    }

    public Optional<OperationSpec> bySegment(String segment) {
        return Optional.ofNullable(bySegment.get(segment));
    }

    public Collection<OperationSpec> all() {
        return bySegment.values();
    }

    private static OperationCatalog load() {
        try (InputStream in = OperationCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, OperationSpec> ops = new LinkedHashMap<>();
            for (JsonNode op : root.path("operations")) {
                Map<String, OperationSpec.ParameterSpec> params = new LinkedHashMap<>();
                for (JsonNode p : op.path("parameters")) {
                    JsonNode type = p.path("type");
                    params.put(p.path("name").asText(), new OperationSpec.ParameterSpec(p.path("name").asText(),
                            type.path("type").asText(), type.path("items").path("type").asText(null),
                            "yes".equals(p.path("required").asText())));
                }
                Set<String> formats = new LinkedHashSet<>();
                op.path("formats").forEach(f -> formats.add(f.asText()));
                List<String> extra = new ArrayList<>();
                op.path("topLevelExtra").forEach(f -> extra.add(f.asText()));
                OperationSpec spec = new OperationSpec(op.path("segment").asText(), op.path("name").asText(),
                        op.path("title").asText(), op.path("imageField").isTextual() ? op.path("imageField").asText() : null,
                        op.path("minSide").asInt(0), op.path("maxSide").asInt(0), op.path("maxMegapixels").asInt(0),
                        Collections.unmodifiableSet(formats), Collections.unmodifiableMap(params), op.path("result"),
                        "array".equals(op.path("resultShape").asText()), List.copyOf(extra));
                ops.put(spec.segment(), spec);
            }
            return new OperationCatalog(ops);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
