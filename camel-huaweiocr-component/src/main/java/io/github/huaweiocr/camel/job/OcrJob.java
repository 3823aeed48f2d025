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
package io.github.huaweiocr.camel.job;

import java.util.Map;
import java.util.Objects;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * One message, typed: the operation, what it reads (read from the body once) and the request fields it adds.
 *
 * @param headerFields request fields given with this message, already bound to {@code operation}; they override the
 *                     endpoint's and the body's
 */
public record OcrJob(HuaweiOcrOperation operation, JobInput input, Map<String, Object> headerFields) {

    public OcrJob {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(input, "input");
        headerFields = headerFields == null ? Map.of() : headerFields;
    }
}
