package io.github.huaweiocr.camel.client;

import java.util.Map;
import java.util.Objects;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.input.DocumentSource;

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
