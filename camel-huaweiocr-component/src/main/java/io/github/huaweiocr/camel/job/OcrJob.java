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
