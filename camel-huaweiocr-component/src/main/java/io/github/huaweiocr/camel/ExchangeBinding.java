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
package io.github.huaweiocr.camel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.nio.file.Files;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.DocumentReader;
import io.github.huaweiocr.camel.input.RequestParameters;
import io.github.huaweiocr.camel.job.BatchItems;
import io.github.huaweiocr.camel.job.JobInput;
import io.github.huaweiocr.camel.job.JobSettings;
import io.github.huaweiocr.camel.job.OcrJob;
import io.github.huaweiocr.camel.job.OcrOutcome;
import io.github.huaweiocr.camel.obs.ObjectReference;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * The only code that reads or writes a message's headers and body: the message becomes a typed {@link OcrJob} (the
 * body read once), and an {@link OcrOutcome} becomes the body and headers. Everything between works on typed values.
 */
final class ExchangeBinding {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeBinding.class);

    private final JobSettings settings;
    private final boolean objectInput;

    /**
     * @param objectInput whether object-store consumer headers name the document even when the body is not empty
     */
    ExchangeBinding(JobSettings settings, boolean objectInput) {
        this.settings = settings;
        this.objectInput = objectInput;
    }

    /**
     * The message as a job.
     *
     * @throws HuaweiOcrInputException when the message cannot be sent as it is (nothing was sent)
     */
    OcrJob job(Message message) {
        HuaweiOcrOperation operation = operation(message.getHeader(HuaweiOcrConstants.OPERATION));
        if (operation != settings.operation()) {
            // The endpoint's own operation was checked when it was created.
            settings.outputType().problemWith(operation).ifPresent(problem -> {
                throw new HuaweiOcrInputException("The endpoint's outputType " + settings.outputType() + " " + problem);
            });
        }
        Object body = message.getBody();
        JobInput input = input(operation, body, message.getHeader(HuaweiOcrConstants.IMAGE_URL), message.getHeaders(),
                message.getExchange());
        Map<String, Object> fields = RequestParameters.bind(operation,
                headerFields(message.getHeader(HuaweiOcrConstants.PARAMETERS)), HuaweiOcrConstants.PARAMETERS);
        return new OcrJob(operation, input, fields);
    }

    /** Puts the outcome on the message. */
    void apply(OcrOutcome outcome, Message message) {
        message.setBody(outcome.body());
        header(message, HuaweiOcrConstants.OPERATION, outcome.operation());
        // Written one by one rather than gathered in a map first: this runs for every message.
        header(message, HuaweiOcrConstants.REQUEST_ID, outcome.requestId());
        header(message, HuaweiOcrConstants.ATTEMPTS, outcome.attempts());
        header(message, HuaweiOcrConstants.IMAGE_FORMAT, outcome.imageFormat());
        header(message, HuaweiOcrConstants.TEMPLATE_ID, outcome.templateId());
        header(message, HuaweiOcrConstants.MIN_CONFIDENCE, outcome.minConfidence());
        header(message, HuaweiOcrConstants.PAGE_COUNT, outcome.pageCount());
        header(message, HuaweiOcrConstants.BATCH_SIZE, outcome.batchSize());
        header(message, HuaweiOcrConstants.BATCH_FAILURES, outcome.batchFailures());
        header(message, HuaweiOcrConstants.LOW_CONFIDENCE, outcome.lowConfidence());
        header(message, HuaweiOcrConstants.LOW_CONFIDENCE_FIELDS, outcome.lowConfidenceFields());
    }

    /** Sets an outcome header, or removes the one an earlier call left when this outcome has no value for it. */
    private static void header(Message message, String name, Object value) {
        if (value == null) {
            message.removeHeader(name);
        } else {
            message.setHeader(name, value);
        }
    }

    private HuaweiOcrOperation operation(Object header) {
        if (header == null) {
            return settings.operation();
        }
        if (header instanceof HuaweiOcrOperation op) {
            return op;
        }
        try {
            return HuaweiOcrOperation.fromName(header.toString());
        } catch (IllegalArgumentException e) {
            throw new HuaweiOcrInputException("The " + HuaweiOcrConstants.OPERATION + " header: " + e.getMessage(), e);
        }
    }

    /** What the message reads: its fields, the image URL header, a batch, an object, or the body's document. */
    private JobInput input(HuaweiOcrOperation operation, Object body, Object imageUrl, Map<String, Object> headers,
                           Exchange exchange) {
        if (!operation.takesImage()) {
            return new JobInput.Fields(fieldsFromBody(operation, body));
        }
        if (imageUrl != null) {
            return new JobInput.Document(DocumentReader.url(imageUrl.toString()));
        }
        if (BatchItems.isBatch(body)) {
            return new JobInput.Batch(BatchItems.items(body), item -> document(item, Map.of(), exchange));
        }
        return document(body, headers, exchange);
    }

    private JobInput document(Object body, Map<String, Object> headers, Exchange exchange) {
        ObjectReference ref = objectReference(body, headers);
        if (ref != null) {
            return new JobInput.ObjectRef(ref);
        }
        Object content = settled(body, exchange);
        return JobInput.of(content);
    }

    /**
     * The body with a stream read: its bytes, or for a PDF larger than one call a temporary file, deleted when the
     * exchange is done whatever its outcome (Camel's on-completion, as Camel's own stream cache cleans its spool).
     */
    static Object settled(Object body, Exchange exchange) {
        if (!(body instanceof InputStream stream)) {
            return body;
        }
        return DocumentReader.settle(stream, file -> exchange.getExchangeExtension().addOnCompletion(
                new SynchronizationAdapter() {
                    @Override
                    public void onDone(Exchange done) {
                        try {
                            Files.deleteIfExists(file);
                        } catch (IOException e) {
                            LOG.warn("Cannot delete the temporary copy {} of a PDF stream: {}", file, e.getMessage());
                        }
                    }
                }));
    }

    private ObjectReference objectReference(Object body, Map<String, Object> headers) {
        if (body instanceof ObjectReference ref) {
            return ref;
        }
        if (body instanceof String text && ObjectReference.isObjectUri(text)) {
            return ObjectReference.parse(text);
        }
        if (body instanceof URI uri && uri.getScheme() != null
                && (uri.getScheme().equalsIgnoreCase("obs") || uri.getScheme().equalsIgnoreCase("s3"))) {
            return ObjectReference.of(uri);
        }
        if (objectInput || isEmpty(body)) {
            return ObjectReference.fromHeaders(headers).orElse(null);
        }
        return null;
    }

    private static boolean isEmpty(Object body) {
        return body == null || body instanceof String text && text.isBlank()
                || body instanceof byte[] bytes && bytes.length == 0;
    }

    private static Map<String, ?> headerFields(Object header) {
        if (header == null) {
            return Map.of();
        }
        if (header instanceof Map<?, ?> map) {
            return byName(map);
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
            return byName(map);
        }
        if (body instanceof String json) {
            return RequestParameters.parseObject(json, "The message body");
        }
        if (body instanceof byte[] bytes) {
            return RequestParameters.parseObject(new String(bytes, StandardCharsets.UTF_8), "The message body");
        }
        throw new HuaweiOcrInputException(operation.uriName() + " takes no image: send its fields as a Map or JSON body,"
                + " as param.* options or in the " + HuaweiOcrConstants.PARAMETERS + " header; got a "
                + body.getClass().getName() + " body");
    }

    /** A map of request fields with its keys as field names. */
    private static Map<String, Object> byName(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
