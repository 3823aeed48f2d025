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
 * validation, then recognition. Called on a worker thread: recognition may block (RapidOCR).
 */
final class OcrHandler {

    /** The limit shown by an injected throttling fault when no quota is configured. */
    static final int DEFAULT_THROTTLE_LIMIT = 100;

    private final EmulatorServices services;

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
        fields.remove(List.of("image", "data", "url"));
        return SdkHmacSha256.sha256Hex((operation.segment() + '\n' + imageSha256 + '\n' + fields)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static OcrApiException throttled(RequestQuota.Refusal refusal) {
        return ErrorCode.APIG_0308.error(refusal.limit(), refusal.period().wording());
    }

    private Mono<Reply> process(Incoming in, OperationSpec operation) {
        ObjectNode body;
        RequestValidator.Input input;
        try {
            body = RequestValidator.parse(in.body());
            input = RequestValidator.checkParameters(operation, body);
        } catch (OcrApiException e) {
            return Mono.error(e);
        }
        services.stats.input(input.base64() != null ? "image" : input.url() != null ? "url" : "none");
        Mono<Optional<byte[]>> document;
        if (input.base64() != null) {
            document = Mono.fromCallable(() -> Optional.of(RequestValidator.decode(input.base64())));
        } else if (input.url() != null) {
            document = services.urls.fetch(input.url()).map(Optional::of);
        } else {
            document = Mono.just(Optional.empty());
        }
        // a downloaded document arrives on a Netty thread; recognition may block (RapidOCR)
        return document.publishOn(Schedulers.boundedElastic())
                .map(image -> recognize(operation, image.orElse(null), body));
    }

    private Reply recognize(OperationSpec operation, byte[] image, ObjectNode body) {
        RecognitionRequest request;
        String imageSha256 = null;
        if (image == null) {
            request = new RecognitionRequest(operation, null, null, -1, -1, null, body);
        } else {
            ImageInfo info = RequestValidator.checkImage(operation, image);
            imageSha256 = SdkHmacSha256.sha256Hex(image);
            request = new RecognitionRequest(operation, image, info.format(), info.width(), info.height(),
                    imageSha256, body);
        }
        RecognitionResult result;
        try {
            result = services.engine.recognize(request);
        } catch (RecognitionException e) {
            throw ErrorCode.ofCode(e.errorCode()).error();
        }
        services.stats.recognised(documentKey(operation, imageSha256, body));
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.set("result", result.result());
        for (Map.Entry<String, JsonNode> extra : result.topLevel().entrySet()) {
            answer.set(extra.getKey(), extra.getValue());
        }
        return Reply.json(200, answer);
    }
}
