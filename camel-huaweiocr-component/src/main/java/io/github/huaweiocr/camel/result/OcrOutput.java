package io.github.huaweiocr.camel.result;

import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * What a successful call puts on the message: the body in the requested output type and the scalars that go to
 * headers. Built off the exchange so that result handling never depends on Camel's message API.
 *
 * @param minConfidence the lowest confidence in the result, or empty when it carries none
 */
public record OcrOutput(Object body, String requestId, int attempts, OptionalDouble minConfidence) {

    /** Maps the {@code result} of an answer to {@code operation} into {@code outputType}. */
    public static OcrOutput of(OutputType outputType, HuaweiOcrOperation operation, JsonNode result, String requestId,
                               int attempts) {
        return new OcrOutput(ResultMapper.toBody(outputType, operation, result), requestId, attempts,
                ConfidenceScanner.min(result));
    }
}
