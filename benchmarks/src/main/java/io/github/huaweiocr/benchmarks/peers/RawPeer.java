package io.github.huaweiocr.benchmarks.peers;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.github.huaweiocr.benchmarks.BenchmarkImage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The loopback limit: a reactor-netty client that posts one pre-built, pre-signed body and only checks the status. No
 * encoding, hashing, signing or JSON decoding per call: what is left is the cost of HTTP itself, which no client can
 * beat.
 */
public final class RawPeer implements Peer {

    private final Target target;
    private final AkSkSigner signer;
    private final LoopResources loops;

    public RawPeer(Target target) {
        this.target = target;
        this.signer = new AkSkSigner(target.accessKey(), target.secretKey());
        this.loops = LoopResources.create("bench-raw", Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    }

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public Session open(int concurrency) {
        return new RawSession(concurrency);
    }

    @Override
    public void close() {
        loops.disposeLater().block();
    }

    /** A body and its signature, made once when the session first sends the image. */
    private record Prepared(ByteBuf owned, ByteBuf body, Map<String, String> headers) {
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
            Prepared request = prepared.computeIfAbsent(image, this::prepare);
            return client.headers(h -> {
                        h.set(HttpHeaderNames.HOST, target.host());
                        h.set(HttpHeaderNames.CONTENT_TYPE, "application/json;charset=UTF-8");
                        h.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
                        request.headers().forEach(h::set);
                    })
                    .post()
                    .uri(target.generalTextPath())
                    .send(Mono.fromSupplier(() -> request.body().retainedDuplicate()))
                    .responseSingle((response, content) -> response.status().code() == 200
                            ? content.then(Mono.just(200))
                            : content.asString().defaultIfEmpty("").flatMap(text -> Mono.error(
                                    new IllegalStateException("raw call answered " + response.status() + ": " + text))))
                    .toFuture();
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
