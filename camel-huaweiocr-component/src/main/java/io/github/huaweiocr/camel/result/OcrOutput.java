package io.github.huaweiocr.camel.result;

import java.util.OptionalDouble;

import io.github.huaweiocr.camel.HuaweiOcrOperation;
import io.github.huaweiocr.camel.client.OcrResponse;

/**
 * What a successful call puts on the message: the body in the requested output type and the scalars that go to
 * headers. Built off the exchange so that result handling never depends on Camel's message API.
 *
 * @param minConfidence the lowest confidence in the result, or empty when it carries none
 */
public record OcrOutput(Object body, String requestId, int attempts, OptionalDouble minConfidence) {

    /** Maps {@code response} for {@code operation} into {@code outputType}. */
    public static OcrOutput of(OutputType outputType, HuaweiOcrOperation operation, OcrResponse response) {
        return new OcrOutput(ResultMapper.toBody(outputType, operation, response.result()), response.requestId(),
                response.attempts(), ConfidenceScanner.min(response.result()));
    }
}
