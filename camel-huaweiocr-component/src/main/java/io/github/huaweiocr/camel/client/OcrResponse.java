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
