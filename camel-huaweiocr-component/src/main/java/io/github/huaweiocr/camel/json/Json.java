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
package io.github.huaweiocr.camel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The component's one Jackson configuration, for every JSON it reads or writes: OCR answers and results, IAM requests
 * and answers, request parameters given as JSON text, the fields of an OCR request body. A mapper is thread-safe once
 * configured and costly to create, so there is one.
 */
public final class Json {

    /**
     * Reads and writes JSON. It never closes the stream it writes to, so that a request body can be written field by
     * field into one stream.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    /** Writes the fields of an OCR request: non-ASCII escaped as {@code \\uXXXX}, as Huawei's Java SDK sends them. */
    public static final ObjectWriter REQUEST_FIELDS = MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private Json() {
    }
}
