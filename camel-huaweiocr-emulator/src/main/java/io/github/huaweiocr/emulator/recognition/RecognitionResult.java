package io.github.huaweiocr.emulator.recognition;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer to send: {@code result} plus any extra top-level members ({@code template_id} for custom templates).
 */
public record RecognitionResult(JsonNode result, Map<String, JsonNode> topLevel) {

    public RecognitionResult(JsonNode result) {
        this(result, Map.of());
    }
}
