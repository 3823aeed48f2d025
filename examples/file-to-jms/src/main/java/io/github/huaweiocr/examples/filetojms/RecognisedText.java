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
package io.github.huaweiocr.examples.filetojms;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the recognised lines out of a general-text result in JSON, for the log. */
public final class RecognisedText {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecognisedText() {
    }

    /** The {@code words} of every block of {@code words_block_list}, in the order Huawei returns them. */
    public static List<String> lines(String resultJson) throws JsonProcessingException {
        JsonNode result = MAPPER.readTree(resultJson);
        List<String> lines = new ArrayList<>();
        for (JsonNode block : result.path("words_block_list")) {
            lines.add(block.path("words").asText());
        }
        return lines;
    }
}
