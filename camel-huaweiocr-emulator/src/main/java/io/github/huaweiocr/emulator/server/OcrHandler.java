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
package io.github.huaweiocr.emulator.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.auth.Caller;
import io.github.huaweiocr.emulator.auth.SdkHmacSha256;
import io.github.huaweiocr.emulator.catalog.OperationSpec;
import io.github.huaweiocr.emulator.errors.ErrorCode;
import io.github.huaweiocr.emulator.errors.OcrApiException;
import io.github.huaweiocr.emulator.faults.FaultInjector;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.quota.RequestQuota;
import io.github.huaweiocr.emulator.recognition.RecognitionException;
import io.github.huaweiocr.emulator.recognition.RecognitionRequest;
import io.github.huaweiocr.emulator.recognition.RecognitionResult;
import io.github.huaweiocr.emulator.validation.ImageInfo;
import io.github.huaweiocr.emulator.validation.RequestValidator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /v2/{project_id}/ocr/{segment}}: authentication, subscription, quota, concurrency, injected faults,
 * validation, then recognition, on the thread {@link #placed(Mono, int)} chooses.
 */
final class OcrHandler {

    /** The limit shown by an injected throttling fault when no quota is configured. */
    static final int DEFAULT_THROTTLE_LIMIT = 100;
    /** Bodies and documents up to this size are worked on where they arrive when the engine never blocks. */
    static final int EVENT_LOOP_MAX_BYTES = 1024 * 1024;

    private final EmulatorServices services;
    private final RecentBodies recent = new RecentBodies();

    OcrHandler(EmulatorServices services) {
        this.services = services;
    }

    Mono<Reply> handle(Incoming in, String projectId, OperationSpec operation) {
        Caller caller;
        try {
            caller = services.authenticator.authenticateOcr(in.signed(), projectId);
            if (services.config.unsubscribed().contains(operation.segment())) {
                throw ErrorCode.MODELARTS_4204.error(operation.segment());
            }
            Optional<RequestQuota.Refusal> refusal = services.quota.tryAcquire(caller.account(), operation.segment());
            if (refusal.isPresent()) {
                throw throttled(refusal.get());
            }
            if (!services.concurrency.tryAcquire()) {
                throw ErrorCode.MODELARTS_4401.error();
            }
        } catch (OcrApiException e) {
            return Mono.just(Reply.error(e, in.requestId()));
        }
        FaultInjector.Decision decision = services.faults.decide(operation.segment());
        Mono<Reply> answer = Mono.defer(() -> answer(in, operation, decision.action()));
        if (!decision.latency().isZero()) {
            answer = Mono.delay(decision.latency()).publishOn(Schedulers.boundedElastic()).then(answer);
        }
        return answer.doFinally(signal -> services.concurrency.release());
    }

    private Mono<Reply> answer(Incoming in, OperationSpec operation, FaultSpec.Type fault) {
        if (fault == null || fault == FaultSpec.Type.TRUNCATED_BODY) {
            Mono<Reply> reply = process(in, operation)
                    .onErrorResume(OcrApiException.class, e -> Mono.just(Reply.error(e, in.requestId())));
            return fault == null ? reply : reply.map(r -> r.delivered(Reply.Delivery.TRUNCATED));
        }
        return Mono.just(switch (fault) {
            case THROTTLE -> Reply.error(throttled(services.quota.shownLimit(DEFAULT_THROTTLE_LIMIT)), in.requestId());
            case BACKEND_TIMEOUT -> Reply.error(ErrorCode.APIG_0201_TIMEOUT.error(), in.requestId());
            case SERVER_ERROR -> Reply.text(500, "text/html", "<html><head><title>500 Internal Server Error</title>"
                    + "</head><body><center><h1>500 Internal Server Error</h1></center></body></html>");
            case CONNECTION_RESET -> Reply.text(500, "text/plain", "").delivered(Reply.Delivery.RESET);
            default -> throw new IllegalStateException("not a terminal fault: " + fault);
        });
    }

    /**
     * What makes two recognitions the same paid work: the operation, the document's bytes (whether sent as base64 or
     * fetched from a URL, so two presigned URLs of one object are one document) and every other request field.
     */
    private static String documentKey(OperationSpec operation, String imageSha256, ObjectNode body) {
        ObjectNode fields = body.deepCopy();
        // the document's base64 text is not in the parsed fields; another image field or a URL may be
        fields.remove(List.of("image", "data", "url"));
        return SdkHmacSha256.sha256Hex((operation.segment() + '\n' + imageSha256 + '\n' + fields)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static OcrApiException throttled(RequestQuota.Refusal refusal) {
        return ErrorCode.APIG_0308.error(refusal.limit(), refusal.period().wording());
    }

    private Mono<Reply> process(Incoming in, OperationSpec operation) {
        ObjectNode fields;
        RequestValidator.Input input;
        try {
            RequestValidator.Body body = recent.parsed(in.hashed().bodySha256(), in.body().length,
                    operation.imageField(), () -> RequestValidator.parse(in.body(), operation.imageField()));
            fields = body.fields();
            input = RequestValidator.checkParameters(operation, body);
        } catch (OcrApiException e) {
            return Mono.error(e);
        }
        services.stats.input(input.base64() != null ? "image" : input.url() != null ? "url" : "none");
        if (input.url() != null) {
            // a downloaded document arrives on a Netty thread of the URL reader
            return services.urls.fetch(input.url())
                    .flatMap(image -> placed(Mono.fromCallable(() ->
                            recognize(operation, RecentBodies.Document.of(image), fields)), image.length));
        }
        // already placed by the size of the body that carries it
        return Mono.fromCallable(() -> recognize(operation, input.base64() == null ? null
                : recent.document(in.hashed().bodySha256(), operation.imageField(),
                        () -> RequestValidator.decode(input.base64())), fields));
    }

    /**
     * Where work on a request's bytes runs: where it is, on the event loop that read the request, when the bytes are
     * few and the engine never blocks; otherwise on Reactor's bounded-elastic workers, so that hashing, parsing and
     * decoding up to 12 MB, or a blocking OCR model, do not hold an event loop that other connections share. Each
     * move to a worker and back costs two thread hand-offs, more than all the other work on a small body.
     */
    <T> Mono<T> placed(Mono<T> work, int bytes) {
        return !services.engine.mayBlock() && bytes <= EVENT_LOOP_MAX_BYTES
                ? work : work.subscribeOn(Schedulers.boundedElastic());
    }

    private Reply recognize(OperationSpec operation, RecentBodies.Document document, ObjectNode fields) {
        RecognitionRequest request;
        String imageSha256 = null;
        if (document == null) {
            request = new RecognitionRequest(operation, null, null, -1, -1, null, fields);
        } else {
            ImageInfo info = RequestValidator.checkImage(operation, document.bytes());
            imageSha256 = document.sha256();
            request = new RecognitionRequest(operation, document.bytes(), info.format(), info.width(), info.height(),
                    imageSha256, fields);
        }
        RecognitionResult result;
        try {
            result = services.engine.recognize(request);
        } catch (RecognitionException e) {
            throw ErrorCode.ofCode(e.errorCode()).error();
        }
        services.stats.recognised(documentKey(operation, imageSha256, fields));
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.set("result", result.result());
        for (Map.Entry<String, JsonNode> extra : result.topLevel().entrySet()) {
            answer.set(extra.getKey(), extra.getValue());
        }
        return Reply.json(200, answer);
    }
}
