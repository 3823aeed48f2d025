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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.huaweicloud.sdk.ocr.v1.OcrClient;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

import io.github.huaweiocr.benchmarks.BenchmarkImage;
import okhttp3.ConnectionPool;

/**
 * What a Camel user writes without the component: the official SDK's synchronous client called from a processor, in
 * a route whose {@code threads()} pool is as large as the calls it must keep in flight (the SDK blocks its thread for
 * the whole call, so a call in flight is a thread). The caller encodes the image to base64 into the request model, as
 * SDK users must. Fed like the component's route: through {@code direct:}'s {@link AsyncProducer}, the exchange
 * handed to the pool by {@code threads()}.
 */
public final class SdkProcessorPeer implements Peer {

    /** The route's entry. */
    private static final String ENTRY = "direct:sdk";

    private final Target target;

    public SdkProcessorPeer(Target target) {
        this.target = target;
    }

    @Override
    public String name() {
        return "sdk-processor";
    }

    @Override
    public Session open(int concurrency) {
        return new RouteSession(concurrency);
    }

    @Override
    public void close() {
        // every resource belongs to a session
    }

    private final class RouteSession implements Session {

        private final ConnectionPool connections;
        private final CamelContext context;
        private final AsyncProducer entry;

        RouteSession(int concurrency) {
            this.connections = new ConnectionPool(concurrency, 5, TimeUnit.MINUTES);
            OcrClient client = OcrClient.newBuilder().withCredential(SdkPeer.credentials(target))
                    .withEndpoint(target.endpoint().toString()).withHttpConfig(SdkPeer.httpConfig(connections)).build();
            this.context = new DefaultCamelContext();
            try {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(ENTRY).routeId("sdk").threads(concurrency, concurrency).process(exchange -> {
                            byte[] image = exchange.getMessage().getBody(byte[].class);
                            var response = client.recognizeGeneralText(SdkPeer.request(image));
                            SdkPeer.requireSuccess(response);
                            exchange.getMessage().setBody(response);
                        });
                    }
                });
                context.start();
                this.entry = context.getEndpoint(ENTRY).createAsyncProducer();
                entry.start();
            } catch (Exception e) {
                throw new IllegalStateException("the SDK route did not start", e);
            }
        }

        @Override
        public CompletableFuture<?> call(BenchmarkImage image) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(image.bytes());
            CompletableFuture<Exchange> done = new CompletableFuture<>();
            entry.process(exchange, doneSync -> done.complete(exchange));
            return done.thenApply(finished -> {
                if (finished.getException() != null) {
                    throw new IllegalStateException("the SDK route failed: " + finished.getException(),
                            finished.getException());
                }
                return finished;
            });
        }

        @Override
        public void close() {
            try {
                entry.stop();
                context.close();
            } catch (Exception e) {
                throw new IllegalStateException("the SDK route did not stop", e);
            }
            connections.evictAll();
        }
    }
}
