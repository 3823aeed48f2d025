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
