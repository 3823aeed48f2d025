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
package io.github.huaweiocr.emulator.recognition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** First in the chain: answers with the response registered for the image's SHA-256, unchanged. */
final class FixtureRecognizer implements Recognizer {

    private final FixtureStore store;

    FixtureRecognizer(FixtureStore store) {
        this.store = store;
    }

    @Override
    public Optional<RecognitionResult> recognize(RecognitionRequest request) {
        return store.find(request.sha256(), request.operation()).map(FixtureRecognizer::toResult);
    }

    private static RecognitionResult toResult(JsonNode response) {
        Map<String, JsonNode> topLevel = new LinkedHashMap<>();
        response.fields().forEachRemaining(member -> {
            if (!member.getKey().equals("result")) {
                topLevel.put(member.getKey(), member.getValue().deepCopy());
            }
        });
        return new RecognitionResult(response.get("result").deepCopy(), topLevel);
    }
}
