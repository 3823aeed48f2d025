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
