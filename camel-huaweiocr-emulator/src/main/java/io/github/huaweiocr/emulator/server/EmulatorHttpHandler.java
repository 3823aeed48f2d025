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

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.huaweiocr.emulator.catalog.OperationSpec;
import io.github.huaweiocr.emulator.errors.ErrorCode;
import io.github.huaweiocr.emulator.errors.OcrApiException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Routes every request: the admin API, the IAM calls, the 52 OCR operations, and APIG.0101 for anything else. Reads
 * the body (refusing more than the gateway's 12 MB), then writes the {@link Reply} with {@code X-Request-Id} spelled
 * exactly so, as the official SDK looks it up case-sensitively.
 */
public final class EmulatorHttpHandler
        implements BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> {

    /** API Gateway's hard cap on a request body. */
    public static final int MAX_BODY_BYTES = 12 * 1024 * 1024;
    /**
     * Bodies above the cap are still read (and dropped) up to this size before answering 413, so that the client,
     * still sending, gets the answer rather than a reset connection; larger announced bodies are refused at once.
     */
    static final long MAX_DRAINED_BYTES = 256L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorHttpHandler.class);
    private static final HexFormat HEX = HexFormat.of();

    private final EmulatorServices services;
    private final OcrHandler ocr;
    private final IamHandler iam;
    private final AdminHandler admin;
    private final SecureRandom random = new SecureRandom();

    public EmulatorHttpHandler(EmulatorServices services) {
        this.services = services;
        this.ocr = new OcrHandler(services);
        this.iam = new IamHandler(services);
        this.admin = new AdminHandler(services);
    }

    @Override
    public Publisher<Void> apply(HttpServerRequest request, HttpServerResponse response) {
        String requestId = newRequestId();
        String uri = request.uri();
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        String query = q < 0 ? "" : uri.substring(q + 1);
        String method = request.method().name();
        boolean adminCall = path.startsWith(AdminHandler.PREFIX);
        if (!adminCall) {
            services.stats.request();
        }
        String declaredLength = request.requestHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
        long announced = declaredLength == null ? -1 : parseLength(declaredLength);
        if (announced > MAX_DRAINED_BYTES) {
            return write(response, tooLarge(requestId), requestId, !adminCall);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.requestHeaders().forEach(h -> headers.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>()).add(h.getValue()));
        return readBody(request, announced)
                .flatMap(body -> {
                    if (body.isEmpty()) {
                        return Mono.just(tooLarge(requestId));
                    }
                    Incoming in = new Incoming(method, path, query, headers, body.get(), requestId);
                    return adminCall ? Mono.just(admin.handle(method, path, in.body())) : route(in);
                })
                .onErrorResume(OcrApiException.class, e -> Mono.just(Reply.error(e, requestId)))
                .onErrorResume(e -> {
                    LOG.warn("request {} {} failed inside the emulator", method, path, e);
                    return Mono.just(Reply.error(ErrorCode.MODELARTS_4505.error(), requestId));
                })
                .flatMap(reply -> write(response, reply, requestId, !adminCall));
    }

    private Mono<Reply> route(Incoming in) {
        String path = in.path();
        if (path.equals("/v3/auth/tokens") && in.method().equals("POST")) {
            return Mono.fromSupplier(() -> iam.issueToken(in));
        }
        if (path.equals("/v3/projects") && in.method().equals("GET")) {
            return Mono.fromSupplier(() -> iam.listProjects(in));
        }
        String[] parts = path.split("/", -1);
        if (parts.length == 5 && parts[0].isEmpty() && parts[1].equals("v2") && parts[3].equals("ocr")
                && in.method().equals("POST") && !parts[2].isEmpty()) {
            Optional<OperationSpec> operation = services.catalog.bySegment(parts[4]);
            if (operation.isPresent()) {
                Mono<Reply> call = Mono.defer(() -> {
                    // one hash of the body for the duplicate count and the signature check
                    Incoming hashed = in.hashed();
                    services.stats.operation(operation.get().segment(), hashed.bodySha256());
                    return ocr.handle(hashed, parts[2], operation.get());
                });
                return ocr.placed(call, in.body().length);
            }
        }
        return Mono.just(Reply.error(ErrorCode.APIG_0101.error(), in.requestId()));
    }

    /**
     * The body, or empty when it exceeds {@link #MAX_BODY_BYTES} (sent without a Content-Length). Each chunk is
     * copied once, into an array of the announced length.
     */
    private static Mono<Optional<byte[]>> readBody(HttpServerRequest request, long announced) {
        return request.receive()
                .reduceWith(() -> new BodyBuffer(announced), BodyBuffer::append)
                .map(BodyBuffer::body)
                .defaultIfEmpty(Optional.of(new byte[0]));
    }

    /** The bytes of a body as its chunks arrive, up to {@link #MAX_BODY_BYTES}; beyond, only their count. */
    private static final class BodyBuffer {

        private byte[] bytes;
        private long size;

        BodyBuffer(long announced) {
            this.bytes = new byte[(int) Math.max(0, Math.min(announced, MAX_BODY_BYTES))];
        }

        BodyBuffer append(ByteBuf chunk) {
            int length = chunk.readableBytes();
            if (size + length <= MAX_BODY_BYTES) {
                if (size + length > bytes.length) {
                    bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_BODY_BYTES,
                            Math.max(size + length, 2L * bytes.length)));
                }
                chunk.getBytes(chunk.readerIndex(), bytes, (int) size, length);
            } else {
                bytes = null;
            }
            size += length;
            return this;
        }

        Optional<byte[]> body() {
            if (size > MAX_BODY_BYTES) {
                return Optional.empty();
            }
            return Optional.of(size == bytes.length ? bytes : Arrays.copyOf(bytes, (int) size));
        }
    }

    private static Reply tooLarge(String requestId) {
        return Reply.error(ErrorCode.APIG_0201_TOO_LARGE.error(), requestId).withHeader("Connection", "close");
    }

    private Mono<Void> write(HttpServerResponse response, Reply reply, String requestId, boolean count) {
        if (reply.delivery() == Reply.Delivery.RESET) {
            return Mono.fromRunnable(() -> response.withConnection(connection -> {
                connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
                connection.channel().close();
            }));
        }
        if (count) {
            services.stats.answered(reply.status(), reply.errorCode());
        }
        response.status(reply.status());
        response.header("X-Request-Id", requestId);
        response.header("Content-Type", reply.contentType());
        response.header("Content-Length", String.valueOf(reply.body().length));
        reply.headers().forEach(response::header);
        if (reply.delivery() == Reply.Delivery.TRUNCATED) {
            // The close is reactor-netty's own, chained to the write of the cut body (with "Connection: close" on
            // the answer). A close of our own as a second step after the write sometimes never happened: about 1 in
            // 400 answers cut short left the connection open on a keep-alive socket, and the client waited for the
            // rest of the body until its request timeout.
            response.keepAlive(false);
            return response.sendObject(Unpooled.wrappedBuffer(reply.body(), 0, reply.body().length / 2)).then();
        }
        return response.sendByteArray(Mono.just(reply.body())).then();
    }

    private String newRequestId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
