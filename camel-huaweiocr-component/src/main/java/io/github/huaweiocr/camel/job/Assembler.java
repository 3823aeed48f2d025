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
package io.github.huaweiocr.camel.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.result.ConfidenceInspector;
import io.github.huaweiocr.camel.result.ConfidenceScanner;
import io.github.huaweiocr.camel.result.OcrJson;
import io.github.huaweiocr.camel.result.OutputType;
import io.github.huaweiocr.camel.result.ResultMapper;

/**
 * Turns what the calls gave into one {@link OcrOutcome}: the body in the output type (page or item entries in
 * order, failed ones with their error) and the confidence review over every result. Pure: no I/O, no Camel.
 */
public final class Assembler {

    private final OutputType outputType;
    private final Double threshold;

    public Assembler(JobSettings settings) {
        this.outputType = settings.outputType();
        this.threshold = settings.confidenceThreshold();
    }

    /** The outcome of a message to {@code operation}. */
    public OcrOutcome outcome(HuaweiOcrOperation operation, Recognized recognized) {
        Confidence confidence = new Confidence();
        confidence.review(recognized, "");
        if (recognized instanceof Recognized.Single single) {
            return single(operation, single, confidence);
        }
        if (recognized instanceof Recognized.Paged paged) {
            return new OcrOutcome(finish(entriesBody(paged.entries())), operation.uriName(), null, null,
                    ImageFormat.PDF.name(), null, confidence.min(), paged.pageCount(), null, null, confidence.low(),
                    confidence.fields());
        }
        Recognized.Batched batched = (Recognized.Batched) recognized;
        return new OcrOutcome(finish(batchBody(batched)), operation.uriName(), null, null, null, null,
                confidence.min(), null, batched.entries().size(), (int) BatchEntry.countFailures(batched.entries()),
                confidence.low(), confidence.fields());
    }

    private OcrOutcome single(HuaweiOcrOperation operation, Recognized.Single single, Confidence confidence) {
        Object body = ResultMapper.toBody(outputType, single.operation(), single.response().result());
        String format = single.format() == null ? null : single.format().name();
        JsonNode templateId = single.response().body().path("template_id");
        return new OcrOutcome(body, operation.uriName(), single.response().requestId(), single.response().attempts(),
                format, templateId.isTextual() ? templateId.asText() : null, confidence.min(), null, null, null,
                confidence.low(), confidence.fields());
    }

    private List<Map<String, Object>> batchBody(Recognized.Batched batched) {
        List<Recognized.Entry> entries = new ArrayList<>(batched.entries().size());
        for (BatchEntry<Recognized> e : batched.entries()) {
            entries.add(new Recognized.Entry("index", e.index(), e.result(), e.error()));
        }
        return entriesBody(entries);
    }

    private List<Map<String, Object>> entriesBody(List<Recognized.Entry> entries) {
        List<Map<String, Object>> body = new ArrayList<>(entries.size());
        for (Recognized.Entry entry : entries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put(entry.key(), entry.id());
            if (entry.value() instanceof Recognized.Single single) {
                item.put("result", resultValue(single));
                item.put("requestId", single.response().requestId());
            } else if (entry.value() instanceof Recognized.Paged paged) {
                item.put("pageCount", paged.pageCount());
                item.put("result", entriesBody(paged.entries()));
            } else {
                item.put("error", errorValue(entry.error(), !isJson()));
            }
            body.add(item);
        }
        return body;
    }

    private boolean isJson() {
        return outputType == OutputType.JSON || outputType == OutputType.NODE;
    }

    /** Inside an entry list the result is kept as JSON for JSON/NODE output, so the whole list serialises once. */
    private Object resultValue(Recognized.Single single) {
        if (isJson()) {
            return single.response().result();
        }
        return ResultMapper.toBody(outputType, single.operation(), single.response().result());
    }

    private Object finish(List<Map<String, Object>> entries) {
        return switch (outputType) {
            case JSON -> OcrJson.write(entries);
            case NODE -> OcrJson.tree(entries);
            default -> entries;
        };
    }

    /**
     * A failed entry: the error's type, message and what helps decide what to do, plus the exception itself for
     * Java bodies (never in JSON, where it would expose a stack trace).
     */
    private static Map<String, Object> errorValue(Throwable error, boolean withException) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", error.getClass().getSimpleName());
        value.put("message", error.getMessage());
        value.put("retryable", error instanceof HuaweiOcrException e && e.isRetryable());
        if (error instanceof HuaweiOcrServiceException service) {
            value.put("errorCode", service.getErrorCode());
            value.put("requestId", service.getRequestId());
        }
        if (withException) {
            value.put("exception", error);
        }
        return value;
    }

    /** The lowest confidence over every result, and the fields under the threshold when one is set. */
    private final class Confidence {
        private double min = Double.NaN;
        private final List<String> low = new ArrayList<>();

        /** Paths are those of the body: entry {@code i}'s result is {@code [i].result}. */
        void review(Recognized recognized, String prefix) {
            if (recognized instanceof Recognized.Single single) {
                JsonNode result = single.response().result();
                OptionalDouble m = ConfidenceScanner.min(result);
                if (m.isPresent()) {
                    min = Double.isNaN(min) ? m.getAsDouble() : Math.min(min, m.getAsDouble());
                }
                if (threshold != null) {
                    for (String path : ConfidenceInspector.inspect(result, threshold).paths()) {
                        low.add(prefix.isEmpty() ? path : prefix + (path.startsWith("[") ? "" : ".") + path);
                    }
                }
            } else if (recognized instanceof Recognized.Paged paged) {
                entries(paged.entries().stream().map(Recognized.Entry::value).toList(), prefix);
            } else {
                entries(((Recognized.Batched) recognized).entries().stream().map(BatchEntry::result).toList(),
                        prefix);
            }
        }

        private void entries(List<Recognized> values, String prefix) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    review(values.get(i), prefix + "[" + i + "].result");
                }
            }
        }

        Double min() {
            return Double.isNaN(min) ? null : min;
        }

        Boolean low() {
            return threshold == null ? null : !low.isEmpty();
        }

        List<String> fields() {
            return threshold == null ? null : low;
        }
    }
}
