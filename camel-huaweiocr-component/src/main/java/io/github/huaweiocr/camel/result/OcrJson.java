package io.github.huaweiocr.camel.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson mapper of the result package: thread-safe once configured, costly to create. */
final class OcrJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private OcrJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Maps and lists read from JSON always serialise; anything else is a programming error.
            throw new IllegalStateException("Cannot write an OCR result as JSON", e);
        }
    }

    static String write(JsonNode node) {
        return node.toString();
    }
}
