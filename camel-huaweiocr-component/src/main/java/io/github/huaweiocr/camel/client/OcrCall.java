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

import java.util.Map;
import java.util.Objects;

import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * One OCR request, ready to send: the operation, the validated document (null for operations without an image, such
 * as invoice verification) and the API's other request fields, already checked against the operation.
 *
 * @param parameters          JSON field name to value (String, Boolean, Number, List, Map); written in this order
 * @param enterpriseProjectId sent as {@code Enterprise-Project-Id} when not null
 */
public record OcrCall(HuaweiOcrOperation operation, DocumentSource document, Map<String, Object> parameters,
                      String enterpriseProjectId) {

    public OcrCall {
        Objects.requireNonNull(operation, "operation");
        parameters = parameters == null ? Map.of() : parameters;
    }
}
