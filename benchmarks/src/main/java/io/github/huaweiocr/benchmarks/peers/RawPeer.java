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
package io.github.huaweiocr.benchmarks.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.huaweiocr.benchmarks.BenchmarkImage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The loopback limit: a reactor-netty client that only checks the status of each answer. It comes in two kinds.
 * <ul>
 * <li>{@link #prebuilt(Target) raw} posts one pre-built, pre-signed body: no encoding, hashing, signing or JSON
 * decoding per call. What is left is the cost of HTTP itself, which no client can beat.</li>
 * <li>{@link #signing(Target) raw-signing} does per call what every AK/SK client must do and nothing more: base64 the
 * image into the JSON body, hash the body with SHA-256 (the signature covers it; Huawei's gateway takes no unsigned
 * payload for OCR), sign, and read the answer's JSON (a client that does not read the answer recognises nothing). It
 * is the limit for any client that signs its requests, so the gap between it and {@code raw} is the price of the
 * protocol, and the gap between the component and it is the component's own.</li>
 * </ul>
 */
public final class RawPeer implements Peer {

    private static final byte[] BODY_START = "{\"image\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BODY_END = "\"}".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Target target;
    private final AkSkSigner signer;
    private final LoopResources loops;
    private final boolean signEachCall;

    private RawPeer(Target target, boolean signEachCall) {
        this.target = target;
        this.signer = new AkSkSigner(target.accessKey(), target.secretKey());
        this.signEachCall = signEachCall;
        this.loops = LoopResources.create(signEachCall ? "bench-raw-signing" : "bench-raw",
                Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    }

    /** Posts one body built and signed once per image: the cost of HTTP alone. */
    public static RawPeer prebuilt(Target target) {
        return new RawPeer(target, false);
    }

    /** Builds, hashes and signs the body of every call, as any AK/SK client must, and does nothing else. */
    public static RawPeer signing(Target target) {
        return new RawPeer(target, true);
    }

    @Override
    public String name() {
        return signEachCall ? "raw-signing" : "raw";
    }

    @Override
    public Session open(int concurrency) {
        return new RawSession(concurrency);
    }

    @Override
    public void close() {
        loops.disposeLater().block();
    }

    /** The answer as a JSON tree, as the least an OCR client does with it. */
    private static JsonNode readAnswer(InputStream answer) {
        try (InputStream in = answer) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the answer is not JSON", e);
        }
    }

    /** A body and its signature, made once when the session first sends the image. */
    private record Prepared(ByteBuf owned, ByteBuf body, Map<String, String> headers) {
    }

    /**
     * What one call sends: its signed headers, and its body, made when Netty subscribes to it and released by Netty
     * once written.
     */
    private record Request(Map<String, String> headers, Supplier<ByteBuf> body) {
    }

    private final class RawSession implements Session {

        private final ConnectionProvider provider;
        private final HttpClient client;
        private final Map<BenchmarkImage, Prepared> prepared = new ConcurrentHashMap<>();

        RawSession(int concurrency) {
            this.provider = ConnectionProvider.builder("bench-raw").maxConnections(concurrency).pendingAcquireMaxCount(-1)
                    .build();
            this.client = HttpClient.create(provider).runOn(loops).baseUrl(target.endpoint().toString());
        }

        @Override
        public CompletableFuture<?> call(BenchmarkImage image) {
            Request request = signEachCall ? signedNow(image) : prebuilt(image);
            return client.headers(h -> {
                        h.set(HttpHeaderNames.HOST, target.host());
                        h.set(HttpHeaderNames.CONTENT_TYPE, "application/json;charset=UTF-8");
                        h.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
                        request.headers().forEach(h::set);
                    })
                    .post()
                    .uri(target.generalTextPath())
                    .send(Mono.fromSupplier(request.body()))
                    .responseSingle((response, content) -> response.status().code() == 200
                            ? (signEachCall ? content.asInputStream().map(RawPeer::readAnswer)
                                    : content.then(Mono.just(200)))
                            : content.asString().defaultIfEmpty("").flatMap(text -> Mono.error(
                                    new IllegalStateException("raw call answered " + response.status() + ": " + text))))
                    .toFuture();
        }

        /**
         * This call's signature, and its body in a pooled direct buffer: the image encoded by the JDK's base64
         * encoder, the body hashed from its parts.
         */
        private Request signedNow(BenchmarkImage image) {
            byte[] encoded = Base64.getEncoder().encode(image.bytes());
            Map<String, String> headers = signer.sign(target.host(), target.generalTextPath(),
                    AkSkSigner.sha256Hex(BODY_START, encoded, BODY_END), ZonedDateTime.now());
            return new Request(headers, () -> ByteBufAllocator.DEFAULT
                    .directBuffer(BODY_START.length + encoded.length + BODY_END.length)
                    .writeBytes(BODY_START).writeBytes(encoded).writeBytes(BODY_END));
        }

        /** The session's one body for the image, sent again and again (it ignores Netty's release). */
        private Request prebuilt(BenchmarkImage image) {
            Prepared p = prepared.computeIfAbsent(image, this::prepare);
            return new Request(p.headers(), p.body()::retainedDuplicate);
        }

        private Prepared prepare(BenchmarkImage image) {
            byte[] json = ("{\"image\":\"" + Base64.getEncoder().encodeToString(image.bytes()) + "\"}")
                    .getBytes(StandardCharsets.US_ASCII);
            Map<String, String> headers = signer.sign(target.host(), target.generalTextPath(), json, ZonedDateTime.now());
            // direct, so that Netty writes it to the socket without a per-call copy
            ByteBuf body = Unpooled.directBuffer(json.length).writeBytes(json);
            return new Prepared(body, Unpooled.unreleasableBuffer(body), headers);
        }

        @Override
        public void close() {
            provider.disposeLater().block();
            prepared.values().forEach(p -> p.owned().release());
        }
    }
}
