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
package io.github.huaweiocr.benchmarks;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.postgresql.ds.PGSimpleDataSource;

import io.github.huaweiocr.benchmarks.measure.ClosedLoop;
import io.github.huaweiocr.benchmarks.peers.Target;
import io.github.huaweiocr.camel.quota.PostgresQuotaStore;

/**
 * One replica of an application under the account's quota: a route to {@code huaweiocr:generalText} told the quota
 * ({@code quotaPerMinute}; 0 tells it nothing), with the component's default retry settings, and, when given a database, the
 * {@link PostgresQuotaStore} the replicas share. It keeps a fixed number of calls in flight for a given time and
 * counts those that completed within it.
 */
final class QuotaReplica implements AutoCloseable {

    private final CamelContext context;
    private final ProducerTemplate template;

    /** @param jdbcUrl the shared store's database (user postgres), or null for a replica alone */
    QuotaReplica(Target target, int quotaPerMinute, int concurrency, String jdbcUrl) throws Exception {
        context = new DefaultCamelContext();
        if (jdbcUrl != null) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(jdbcUrl);
            dataSource.setUser("postgres");
            dataSource.setConnectTimeout(2);
            dataSource.setSocketTimeout(5);
            context.getRegistry().bind("quotaStore", new PostgresQuotaStore(dataSource));
        }
        String uri = "huaweiocr:generalText?endpoint=" + target.endpoint() + "&region=" + target.region()
                + "&projectId=" + target.projectId() + "&accessKey=RAW(" + target.accessKey() + ")&secretKey=RAW("
                + target.secretKey() + ")&maxConcurrentRequests=" + concurrency + "&quotaPerMinute=" + quotaPerMinute;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ocr").to(uri);
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    /**
     * Completed and failed calls within {@code duration}, keeping {@code concurrency} calls in flight from the start of
     * a {@code warmup} that is not counted: by then the JVM has compiled the call path, the connections are open and
     * the quota's buckets pace at their steady rate (the burst a new bucket starts with is spent).
     */
    long[] offer(byte[] image, int concurrency, Duration warmup, Duration duration) throws InterruptedException {
        ClosedLoop loop = new ClosedLoop(() -> call(image), concurrency);
        loop.start();
        Thread.sleep(warmup.toMillis());
        long completedBefore = loop.completed();
        long failedBefore = loop.failed();
        Thread.sleep(duration.toMillis());
        long completed = loop.completed() - completedBefore;
        long failed = loop.failed() - failedBefore;
        // the calls still queued for their turn finish within a few seconds at the quota's pace
        loop.stop(Duration.ofMinutes(2));
        return new long[] {completed, failed};
    }

    private CompletableFuture<?> call(byte[] image) {
        return template.asyncSend("direct:ocr", e -> e.getMessage().setBody(image)).thenApply(exchange -> {
            if (exchange.getException() != null) {
                throw new IllegalStateException(exchange.getException());
            }
            return exchange;
        });
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}
