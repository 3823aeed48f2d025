package io.github.huaweiocr.camel.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful OCR answer.
 *
 * @param requestId the {@code X-Request-Id} response header
 * @param body      the whole JSON body ({@code {"result": ...}}, plus {@code template_id} for custom templates)
 * @param attempts  how many HTTP requests this call took, retries included (1 when the first one succeeded)
 */
public record OcrResponse(String requestId, JsonNode body, int attempts) {

    /** The {@code result} member: an object or an array depending on the operation. */
    public JsonNode result() {
        return body.path("result");
    }
}
