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
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

import io.github.huaweiocr.benchmarks.BenchmarkImage;
import io.github.huaweiocr.camel.error.HuaweiOcrThrottledException;

/**
 * The component, used as a route uses it: {@code direct:ocr -> huaweiocr:generalText}, fed the way an asynchronous
 * consumer feeds a route, through the {@code direct:ocr} endpoint's {@link AsyncProducer}, so that no thread waits
 * for an answer and the call starts on the caller's thread. ({@code ProducerTemplate.asyncSend} would do the same
 * through its own pool of 10 threads, one more hand-off per call, which measures Camel's template rather than the
 * component.) One Camel context for all sessions; the component's connection pool and in-flight limit are sized for
 * the largest concurrency.
 */
public final class CamelPeer implements Peer {

    private final CamelContext context;
    private final AsyncProducer entry;
    private final LongAdder throttledAtRoute = new LongAdder();

    /**
     * @param maxInFlight    the largest number of calls any session keeps in flight
     * @param routeOptions   extra endpoint options, e.g. {@code maxRetries=40&retryMaxDelay=5000}; empty for none
     */
    public CamelPeer(Target target, int maxInFlight, String routeOptions) {
        this.context = new DefaultCamelContext();
        String uri = "huaweiocr:generalText?endpoint=" + target.endpoint() + "&region=" + target.region()
                + "&projectId=" + target.projectId() + "&accessKey=RAW(" + target.accessKey() + ")&secretKey=RAW("
                + target.secretKey() + ")&maxConnections=" + maxInFlight + "&maxConcurrentRequests=" + maxInFlight
                + (routeOptions.isEmpty() ? "" : "&" + routeOptions);
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:ocr").routeId("ocr").to(uri);
                }
            });
            context.start();
        } catch (Exception e) {
            throw new IllegalStateException("the benchmark route did not start", e);
        }
        try {
            this.entry = context.getEndpoint("direct:ocr").createAsyncProducer();
            entry.start();
        } catch (Exception e) {
            throw new IllegalStateException("the direct:ocr producer did not start", e);
        }
    }

    @Override
    public String name() {
        return "huaweiocr";
    }

    @Override
    public Session open(int concurrency) {
        return new Session() {
            @Override
            public CompletableFuture<?> call(BenchmarkImage image) {
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody(image.bytes());
                CompletableFuture<Exchange> done = new CompletableFuture<>();
                entry.process(exchange, doneSync -> done.complete(exchange));
                return done.thenApply(CamelPeer.this::requireSuccess);
            }

            @Override
            public void close() {
                // the context outlives sessions
            }
        };
    }

    private Exchange requireSuccess(Exchange done) {
        Exception failure = done.getException();
        if (failure == null) {
            return done;
        }
        if (failure instanceof HuaweiOcrThrottledException) {
            throttledAtRoute.increment();
        }
        throw new IllegalStateException("the route failed: " + failure, failure);
    }

    /** Exchanges that ended with a throttling (429) error, i.e. that the component's retries did not absorb. */
    public long throttledAtRoute() {
        return throttledAtRoute.sum();
    }

    @Override
    public void close() {
        try {
            entry.stop();
            context.close();
        } catch (Exception e) {
            throw new IllegalStateException("the Camel context did not stop", e);
        }
    }
}
