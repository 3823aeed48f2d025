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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One OCR operation as section 6 of the API specification describes it.
 *
 * @param segment       path segment, e.g. {@code vat-invoice}
 * @param imageField    {@code image} or {@code data}; null for operations that take no image (invoice-verification)
 * @param minSide       shortest allowed side in pixels (0 without image)
 * @param maxSide       longest allowed side in pixels (0 without image)
 * @param maxMegapixels largest allowed area in megapixels, 0 when unlimited
 * @param formats       accepted formats: JPEG, PNG, BMP, TIFF, GIF, WEBP, PCX, ICO, PSD, PDF, OFD
 * @param parameters    request fields by name (image inputs included), in specification order
 * @param result        schema node of {@code result}: {@code {"name","type","class","java","always","fields"|"items"}}
 * @param arrayResult   whether {@code result} is a JSON array
 */
public record OperationSpec(String segment, String name, String title, String imageField, int minSide, int maxSide,
                            int maxMegapixels, Set<String> formats, Map<String, ParameterSpec> parameters,
                            JsonNode result, boolean arrayResult, List<String> topLevelExtra) {

    /** A request field: JSON type ({@code string, integer, number, boolean, object, array}) and whether it is mandatory. */
    public record ParameterSpec(String name, String type, String itemType, boolean required) {
    }

    public boolean takesImage() {
        return imageField != null;
    }

    public Optional<ParameterSpec> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }
}
