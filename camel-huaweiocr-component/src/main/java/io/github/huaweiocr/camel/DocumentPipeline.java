package io.github.huaweiocr.camel;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.client.OcrCall;
import io.github.huaweiocr.camel.client.OcrClient;
import io.github.huaweiocr.camel.client.OcrResponse;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.input.BatchEntry;
import io.github.huaweiocr.camel.input.BatchItems;
import io.github.huaweiocr.camel.input.DocumentReader;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.input.ImageDownscaler;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.input.PageSelection;
import io.github.huaweiocr.camel.input.PdfDocumentReader;
import io.github.huaweiocr.camel.input.PdfPageInput;
import io.github.huaweiocr.camel.input.PdfPagePlan;
import io.github.huaweiocr.camel.input.RequestParameters;
import io.github.huaweiocr.camel.obs.ObjectReference;
import io.github.huaweiocr.camel.obs.ObsInputMode;
import io.github.huaweiocr.camel.obs.ObsObjectResolver;
import io.github.huaweiocr.camel.obs.ObsSettings;
import io.github.huaweiocr.camel.result.ConfidenceInspector;
import io.github.huaweiocr.camel.result.ConfidenceScanner;
import io.github.huaweiocr.camel.result.OcrOutput;
import io.github.huaweiocr.camel.result.OutputType;
import io.github.huaweiocr.camel.result.ResultMapper;
import io.github.huaweiocr.camel.result.TableCsvWriter;
import io.github.huaweiocr.camel.result.TableExcelExtractor;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.Limits;

/**
 * Turns one message into one or many OCR calls and their results into one body: an object reference becomes a
 * presigned URL or the downloaded bytes, a PDF one call per selected page, a List/Collection/array one call per
 * item, an oversized image a downscaled one; results become the output type, with page or item entries in order
 * and the confidence review. Knows nothing of exchanges: the producer hands it the body and headers and applies the
 * {@link Outcome}.
 */
final class DocumentPipeline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HuaweiOcrConfiguration configuration;
    private final OutputType outputType;
    private final Function<ObsSettings, ObsObjectResolver> resolvers;

    /**
     * Checks the options of this feature set, so a wrong one fails when the endpoint is created.
     *
     * @param resolvers the component's object-store clients, one per distinct store configuration
     * @throws IllegalArgumentException naming the wrong option
     */
    DocumentPipeline(HuaweiOcrConfiguration configuration, HuaweiOcrOperation operation,
                     Function<ObsSettings, ObsObjectResolver> resolvers) {
        this.configuration = configuration;
        this.outputType = configuration.getOutputType() == null ? OutputType.MAP : configuration.getOutputType();
        this.resolvers = resolvers;
        checkOutputType(operation, IllegalArgumentException::new);
        int dpi = configuration.getPdfDpi();
        if (dpi < PdfDocumentReader.MIN_DPI || dpi > PdfDocumentReader.MAX_DPI) {
            throw new IllegalArgumentException("pdfDpi must be between " + PdfDocumentReader.MIN_DPI + " and "
                    + PdfDocumentReader.MAX_DPI + ", got " + dpi);
        }
        if (configuration.getMaxPages() < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, got " + configuration.getMaxPages());
        }
        try {
            PageSelection.checkSyntax(configuration.getPages());
        } catch (HuaweiOcrInputException e) {
            throw new IllegalArgumentException("pages: " + e.getMessage(), e);
        }
        Double threshold = configuration.getConfidenceThreshold();
        if (threshold != null && !(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("confidenceThreshold must be between 0 and 1, got " + threshold);
        }
        long expiry = configuration.getObsUrlExpiry();
        if (expiry < 1000 || expiry > Limits.MAX_URL_EXPIRY.toMillis()) {
            throw new IllegalArgumentException("obsUrlExpiry must be between 1 second and 7 days, got " + expiry + " ms");
        }
    }

    /**
     * The message after its calls.
     *
     * @param headers header values to set; a null value removes the header (left over from an earlier call)
     */
    record Outcome(Object body, Map<String, Object> headers) {
    }

    /** One successful call. */
    private record One(OcrCall call, OcrResponse response) {
    }

    /** What a document gave: one call, or one entry per PDF page. */
    private sealed interface Recognized permits Single, Paged {
    }

    private record Single(One one) implements Recognized {
    }

    private record Paged(int pageCount, List<Entry> entries) implements Recognized {
    }

    /**
     * One page or batch item: {@code key} is {@code page}, {@code pages} or {@code index}, {@code id} its number(s).
     */
    private record Entry(String key, Object id, Recognized value, Throwable error) {
    }

    /**
     * Recognises the message.
     *
     * @param body    the message body
     * @param headers the message headers (object-store consumer headers, image URL, request fields)
     * @return the outcome, or a Mono failing with the typed error that stopped the message
     */
    Mono<Outcome> process(HuaweiOcrOperation operation, Object body, Map<String, Object> headers,
                          OcrCallFactory factory, OcrClient client) {
        return Mono.defer(() -> {
            checkOutputType(operation, HuaweiOcrInputException::new);
            Calls calls = new Calls(operation, headers.get(HuaweiOcrConstants.IMAGE_URL),
                    headers.get(HuaweiOcrConstants.PARAMETERS), factory, client);
            if (calls.imageUrl == null && operation.takesImage() && BatchItems.isBatch(body)) {
                List<Object> items = BatchItems.items(body);
                return BatchItems.run(items, item -> document(calls, item, Map.of()),
                                configuration.getMaxConcurrentRequests(), configuration.isBatchFailFast())
                        .map(this::batchOutcome);
            }
            return document(calls, body, headers).map(this::documentOutcome);
        }).map(outcome -> {
            outcome.headers().putIfAbsent(HuaweiOcrConstants.OPERATION, operation.uriName());
            return outcome;
        });
    }

    private <E extends RuntimeException> void checkOutputType(HuaweiOcrOperation operation,
                                                               Function<String, E> error) {
        if (outputType == OutputType.EXCEL && !TableExcelExtractor.supports(operation)
                || outputType == OutputType.CSV && !TableCsvWriter.supports(operation)) {
            throw error.apply("outputType=" + outputType + " is for the table operations generalTable,"
                    + " financialStatement and smartDocumentRecognizer, not " + operation.uriName());
        }
    }

    private Mono<Recognized> document(Calls calls, Object body, Map<String, Object> headers) {
        return Mono.defer(() -> {
            if (calls.imageUrl != null || !calls.operation.takesImage()) {
                return calls.single(body, Map.of()).map(Single::new);
            }
            ObjectReference ref = objectReference(body, headers);
            if (ref != null) {
                ObsObjectResolver resolver = resolvers.apply(obsSettings());
                if (configuration.getObsInputMode() == ObsInputMode.DOWNLOAD) {
                    return resolver.downloadAsync(ref).flatMap(bytes -> {
                        DocumentSource.Bytes source = (DocumentSource.Bytes) DocumentReader.read(bytes);
                        return bytesDocument(calls, bytes, source);
                    });
                }
                return resolver.presignForOcr(ref).flatMap(url -> calls.single(url, Map.of())).map(Single::new);
            }
            DocumentSource source = DocumentReader.read(body);
            if (source instanceof DocumentSource.Bytes bytes) {
                // The body may be a stream: hand the bytes already read to the call, never the body again.
                byte[] data = bytes.offset() == 0 && bytes.length() == bytes.data().length ? bytes.data()
                        : Arrays.copyOfRange(bytes.data(), bytes.offset(), bytes.offset() + bytes.length());
                return bytesDocument(calls, data, bytes);
            }
            return calls.single(body, Map.of()).map(Single::new);
        });
    }

    private Mono<Recognized> bytesDocument(Calls calls, byte[] data, DocumentSource.Bytes source) {
        if (source.format() == ImageFormat.PDF) {
            return pdf(calls, data);
        }
        if (configuration.isAutoDownscale()
                && ImageDownscaler.needsFitting(source.width(), source.height(), data.length, calls.operation)) {
            return Mono.fromCallable(() -> ImageDownscaler.fit(data, source.format(), calls.operation).data())
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(fitted -> calls.single(fitted, Map.of()))
                    .map(Single::new);
        }
        return calls.single(data, Map.of()).map(Single::new);
    }

    /** One call per selected page, in parallel within maxConcurrentRequests; a failed page stays in its entry. */
    private Mono<Recognized> pdf(Calls calls, byte[] pdf) {
        return Mono.using(() -> PdfDocumentReader.open(pdf), reader -> {
            PageSelection selection = PageSelection.parse(configuration.getPages(), reader.pageCount(),
                    configuration.getMaxPages());
            PdfPagePlan plan = PdfPagePlan.of(calls.operation, pdf.length);
            if (plan.oneCallForAllPages()) {
                return Mono.fromCallable(() -> plan.prepareAll(reader, pdf, selection.pages()))
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMap(input -> calls.page(input))
                        .map(one -> new Entry("pages", selection.pages(), new Single(one), null))
                        .onErrorResume(e -> Mono.just(new Entry("pages", selection.pages(), null, e)))
                        .map(entry -> (Recognized) new Paged(reader.pageCount(), List.of(entry)));
            }
            List<Integer> pages = selection.pages();
            return BatchItems.run(pages, page -> pageCall(calls, plan, reader, pdf, page),
                            configuration.getMaxConcurrentRequests(), false)
                    .map(entries -> {
                        List<Entry> paged = new ArrayList<>(entries.size());
                        for (BatchEntry<One> e : entries) {
                            paged.add(new Entry("page", pages.get(e.index()),
                                    e.succeeded() ? new Single(e.result()) : null, e.error()));
                        }
                        return (Recognized) new Paged(reader.pageCount(), paged);
                    });
        }, DocumentPipeline::close);
    }

    /** Cutting out or rendering a page is CPU work: it runs off the event loop, then the call is made. */
    private Mono<One> pageCall(Calls calls, PdfPagePlan plan, PdfDocumentReader reader, byte[] pdf, int page) {
        Mono<PdfPageInput> input = Mono.fromCallable(() -> plan.prepare(reader, pdf, page, configuration.getPdfDpi()));
        return input.subscribeOn(Schedulers.boundedElastic()).flatMap(calls::page);
    }

    private static void close(PdfDocumentReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // The PDF was in memory: nothing is left open when closing fails.
        }
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
        if (configuration.isObjectInput() || isEmpty(body)) {
            return ObjectReference.fromHeaders(headers).orElse(null);
        }
        return null;
    }

    private static boolean isEmpty(Object body) {
        return body == null || body instanceof String text && text.isBlank()
                || body instanceof byte[] bytes && bytes.length == 0;
    }

    /** The store settings: obsEndpoint or OBS of the region, obsAccessKey/obsSecretKey or the OCR credentials. */
    private ObsSettings obsSettings() {
        String accessKey = configuration.getObsAccessKey();
        String secretKey = configuration.getObsSecretKey();
        String token = null;
        if (accessKey == null) {
            Credentials ocr = configuration.getCredentialsProvider() != null
                    ? configuration.getCredentialsProvider().resolve()
                    : configuration.getAccessKey() != null
                    ? new Credentials(configuration.getAccessKey(), configuration.getSecretKey(),
                            configuration.getSecurityToken())
                    : null;
            if (ocr == null) {
                throw new HuaweiOcrInputException("Reading an object needs credentials: set obsAccessKey/obsSecretKey"
                        + " or the OCR accessKey/secretKey");
            }
            accessKey = ocr.accessKey();
            secretKey = secretKey != null ? secretKey : ocr.secretKey();
            token = ocr.securityToken();
        }
        if (configuration.getObsEndpoint() == null && configuration.getRegion() == null) {
            throw new HuaweiOcrInputException("Reading an object needs obsEndpoint, or region for Huawei OBS");
        }
        try {
            return new ObsSettings(configuration.getObsEndpoint(), configuration.getRegion(), accessKey, secretKey,
                    token, Duration.ofMillis(configuration.getObsUrlExpiry()), configuration.isAllowCrossRegionObs(),
                    Limits.MAX_RAW_LENGTH, null);
        } catch (IllegalArgumentException e) {
            throw new HuaweiOcrInputException(e.getMessage(), e);
        }
    }

    private Outcome documentOutcome(Recognized recognized) {
        Map<String, Object> headers = clearedHeaders();
        if (recognized instanceof Single single) {
            OcrResponse response = single.one().response();
            OcrCall call = single.one().call();
            OcrOutput output = OcrOutput.of(outputType, call.operation(), response.result(), response.requestId(),
                    response.attempts());
            headers.put(HuaweiOcrConstants.OPERATION, call.operation().uriName());
            headers.put(HuaweiOcrConstants.REQUEST_ID, output.requestId());
            headers.put(HuaweiOcrConstants.ATTEMPTS, output.attempts());
            if (call.document() instanceof DocumentSource.Bytes bytes) {
                headers.put(HuaweiOcrConstants.IMAGE_FORMAT, bytes.format().name());
            }
            JsonNode templateId = response.body().path("template_id");
            headers.put(HuaweiOcrConstants.TEMPLATE_ID, templateId.isTextual() ? templateId.asText() : null);
            putConfidence(headers, recognized);
            return new Outcome(output.body(), headers);
        }
        Paged paged = (Paged) recognized;
        headers.put(HuaweiOcrConstants.PAGE_COUNT, paged.pageCount());
        headers.put(HuaweiOcrConstants.IMAGE_FORMAT, ImageFormat.PDF.name());
        putConfidence(headers, recognized);
        return new Outcome(finish(entriesBody(paged.entries())), headers);
    }

    private Outcome batchOutcome(List<BatchEntry<Recognized>> batch) {
        List<Entry> entries = new ArrayList<>(batch.size());
        for (BatchEntry<Recognized> e : batch) {
            entries.add(new Entry("index", e.index(), e.result(), e.error()));
        }
        Map<String, Object> headers = clearedHeaders();
        headers.put(HuaweiOcrConstants.BATCH_SIZE, batch.size());
        headers.put(HuaweiOcrConstants.BATCH_FAILURES, (int) BatchEntry.countFailures(batch));
        putConfidence(headers, new Paged(batch.size(), entries));
        return new Outcome(finish(entriesBody(entries)), headers);
    }

    /** Every header this class writes, set to null (removed) so nothing stale from an earlier call remains. */
    private static Map<String, Object> clearedHeaders() {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (String name : List.of(HuaweiOcrConstants.REQUEST_ID, HuaweiOcrConstants.ATTEMPTS,
                HuaweiOcrConstants.IMAGE_FORMAT, HuaweiOcrConstants.MIN_CONFIDENCE, HuaweiOcrConstants.PAGE_COUNT,
                HuaweiOcrConstants.BATCH_SIZE, HuaweiOcrConstants.BATCH_FAILURES, HuaweiOcrConstants.LOW_CONFIDENCE,
                HuaweiOcrConstants.LOW_CONFIDENCE_FIELDS, HuaweiOcrConstants.TEMPLATE_ID)) {
            headers.put(name, null);
        }
        return headers;
    }

    /** Minimum confidence over every result, and the review when confidenceThreshold is set. */
    private void putConfidence(Map<String, Object> headers, Recognized recognized) {
        double[] min = {Double.NaN};
        List<String> low = new ArrayList<>();
        Double threshold = configuration.getConfidenceThreshold();
        review(recognized, "", threshold, min, low);
        headers.put(HuaweiOcrConstants.MIN_CONFIDENCE, Double.isNaN(min[0]) ? null : min[0]);
        if (threshold != null) {
            headers.put(HuaweiOcrConstants.LOW_CONFIDENCE, !low.isEmpty());
            headers.put(HuaweiOcrConstants.LOW_CONFIDENCE_FIELDS, low);
        }
    }

    /** Paths are those of the body: entry {@code i}'s result is {@code [i].result}. */
    private static void review(Recognized recognized, String prefix, Double threshold, double[] min, List<String> low) {
        if (recognized instanceof Single single) {
            JsonNode result = single.one().response().result();
            OptionalDouble m = ConfidenceScanner.min(result);
            if (m.isPresent()) {
                min[0] = Double.isNaN(min[0]) ? m.getAsDouble() : Math.min(min[0], m.getAsDouble());
            }
            if (threshold != null) {
                for (String path : ConfidenceInspector.inspect(result, threshold).paths()) {
                    low.add(prefix.isEmpty() ? path : prefix + (path.startsWith("[") ? "" : ".") + path);
                }
            }
            return;
        }
        List<Entry> entries = ((Paged) recognized).entries();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).value() != null) {
                review(entries.get(i).value(), prefix + "[" + i + "].result", threshold, min, low);
            }
        }
    }

    private List<Map<String, Object>> entriesBody(List<Entry> entries) {
        List<Map<String, Object>> body = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put(entry.key(), entry.id());
            if (entry.value() instanceof Single single) {
                item.put("result", resultValue(single.one()));
                item.put("requestId", single.one().response().requestId());
            } else if (entry.value() instanceof Paged paged) {
                item.put("pageCount", paged.pageCount());
                item.put("result", entriesBody(paged.entries()));
            } else {
                item.put("error", errorValue(entry.error(), outputType != OutputType.JSON
                        && outputType != OutputType.NODE));
            }
            body.add(item);
        }
        return body;
    }

    /** Inside an entry list the result is kept as JSON for JSON/NODE output, so the whole list serialises once. */
    private Object resultValue(One one) {
        if (outputType == OutputType.JSON || outputType == OutputType.NODE) {
            return one.response().result();
        }
        return ResultMapper.toBody(outputType, one.call().operation(), one.response().result());
    }

    private Object finish(List<Map<String, Object>> entries) {
        return switch (outputType) {
            case JSON -> {
                try {
                    yield JSON.writeValueAsString(entries);
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot write the entries as JSON", e);
                }
            }
            case NODE -> JSON.valueToTree(entries);
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

    /** The calls of one message: its operation, URL header and request-field header. */
    private final class Calls {
        private final HuaweiOcrOperation operation;
        private final Object imageUrl;
        private final Object headerParameters;
        private final OcrCallFactory factory;
        private final OcrClient client;

        Calls(HuaweiOcrOperation operation, Object imageUrl, Object headerParameters, OcrCallFactory factory,
              OcrClient client) {
            this.operation = operation;
            this.imageUrl = imageUrl;
            this.headerParameters = headerParameters;
            this.factory = factory;
            this.client = client;
        }

        Mono<One> page(PdfPageInput input) {
            return single(input.source().data(), input.parameters());
        }

        /** One call; {@code extra} fields (a PDF page number) override everything else. */
        Mono<One> single(Object body, Map<String, Object> extra) {
            return Mono.defer(() -> {
                OcrCall call = factory.create(operation, body, imageUrl, parameters(extra));
                return client.recognize(call)
                        .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                                "The OCR client completed without an answer")))
                        .map(response -> new One(call, response));
            });
        }

        /** The request-field header, with what the output type needs first and the page fields last. */
        private Object parameters(Map<String, Object> extra) {
            Map<String, Object> output = outputType == OutputType.EXCEL
                    ? TableExcelExtractor.requestParameters(operation)
                    : outputType == OutputType.CSV ? TableCsvWriter.requestParameters(operation) : Map.of();
            if (output.isEmpty() && extra.isEmpty()) {
                return headerParameters;
            }
            Map<String, Object> merged = new LinkedHashMap<>(output);
            if (headerParameters instanceof Map<?, ?> map) {
                map.forEach((k, v) -> merged.put(String.valueOf(k), v));
            } else if (headerParameters instanceof String json) {
                merged.putAll(RequestParameters.parseObject(json, "The " + HuaweiOcrConstants.PARAMETERS
                        + " header"));
            } else if (headerParameters != null) {
                // Let the factory name the wrong header type.
                return headerParameters;
            }
            merged.putAll(extra);
            return merged;
        }
    }
}
