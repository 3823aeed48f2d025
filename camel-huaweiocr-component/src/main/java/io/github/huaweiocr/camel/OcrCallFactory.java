package io.github.huaweiocr.camel;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.huaweiocr.camel.client.OcrCall;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.DocumentLimits;
import io.github.huaweiocr.camel.input.DocumentReader;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.input.RequestParameters;
import io.github.huaweiocr.camel.result.OutputType;
import io.github.huaweiocr.camel.result.TextExtractor;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * Builds the {@link OcrCall} for one message: reads the document from the body (or the image URL header), checks it
 * against the operation's limits and merges the request fields. Everything that can be wrong with a message fails
 * here, before a request is sent. Knows nothing of exchanges: the producer hands it the body and header values.
 */
public final class OcrCallFactory {

    private final HuaweiOcrOperation endpointOperation;
    private final Map<String, Object> endpointParameters;
    private final Map<String, Object> rawEndpointParameters;
    private final OutputType outputType;
    private final String enterpriseProjectId;

    /**
     * @param endpointParameters the endpoint's {@code param.*} options as given (Strings), bound again when a message
     *                           switches to another operation
     */
    public OcrCallFactory(HuaweiOcrOperation endpointOperation, Map<String, Object> endpointParameters,
                          OutputType outputType, String enterpriseProjectId) {
        this.endpointOperation = endpointOperation;
        this.rawEndpointParameters = Map.copyOf(endpointParameters);
        this.endpointParameters = RequestParameters.bind(endpointOperation, endpointParameters, "the param.* options");
        this.outputType = outputType;
        this.enterpriseProjectId = enterpriseProjectId;
    }

    /**
     * @param operation        the operation for this message
     * @param body             the message body
     * @param imageUrl         the {@link HuaweiOcrConstants#IMAGE_URL} header, or null
     * @param headerParameters the {@link HuaweiOcrConstants#PARAMETERS} header, or null
     * @throws HuaweiOcrInputException when the message cannot be sent as it is
     */
    public OcrCall create(HuaweiOcrOperation operation, Object body, Object imageUrl, Object headerParameters) {
        if (outputType == OutputType.TEXT && !TextExtractor.supports(operation)) {
            throw new HuaweiOcrInputException("outputType TEXT is for operations that return lines of text ("
                    + TextExtractor.supportedOperations() + "), not " + operation.uriName()
                    + ". Use MAP, JSON or NODE for it");
        }
        Map<String, Object> parameters = new LinkedHashMap<>(operation == endpointOperation
                ? endpointParameters : RequestParameters.bind(operation, rawEndpointParameters, "the param.* options"));
        DocumentSource document = null;
        if (operation.takesImage()) {
            document = imageUrl != null ? DocumentReader.url(imageUrl.toString()) : DocumentReader.read(body);
            DocumentLimits.check(operation, document);
        } else {
            parameters.putAll(RequestParameters.bind(operation, fieldsFromBody(operation, body), "the message body"));
        }
        parameters.putAll(RequestParameters.bind(operation, headerMap(headerParameters), HuaweiOcrConstants.PARAMETERS));
        RequestParameters.checkRequired(operation, parameters);
        return new OcrCall(operation, document, parameters, enterpriseProjectId);
    }

    private static Map<String, ?> headerMap(Object header) {
        if (header == null) {
            return Map.of();
        }
        if (header instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return copy;
        }
        if (header instanceof String json) {
            return RequestParameters.parseObject(json, "The " + HuaweiOcrConstants.PARAMETERS + " header");
        }
        throw new HuaweiOcrInputException("The " + HuaweiOcrConstants.PARAMETERS + " header must be a Map of field name"
                + " to value (or its JSON text); got a " + header.getClass().getName());
    }

    /** Operations without an image (invoice verification) take their fields from a Map or JSON body, or none. */
    private static Map<String, ?> fieldsFromBody(HuaweiOcrOperation operation, Object body) {
        if (body == null || body instanceof String text && text.isBlank()) {
            return Map.of();
        }
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return copy;
        }
        if (body instanceof String json) {
            return RequestParameters.parseObject(json, "The message body");
        }
        if (body instanceof byte[] bytes) {
            return RequestParameters.parseObject(new String(bytes, StandardCharsets.UTF_8),
                    "The message body");
        }
        throw new HuaweiOcrInputException(operation.uriName() + " takes no image: send its fields as a Map or JSON body,"
                + " as param.* options or in the " + HuaweiOcrConstants.PARAMETERS + " header; got a "
                + body.getClass().getName() + " body");
    }
}
