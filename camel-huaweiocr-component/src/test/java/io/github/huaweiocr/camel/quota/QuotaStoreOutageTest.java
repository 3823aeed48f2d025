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
package io.github.huaweiocr.camel.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.huaweiocr.camel.HuaweiOcrEndpoint;
import io.github.huaweiocr.camel.health.HuaweiOcrProducerHealthCheck;
import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import io.github.huaweiocr.emulator.junit.LocalPostgres;

/**
 * The shared store (a real PostgreSQL server) goes away in the middle of a run: every message is still recognised,
 * on local pacing within the quota; the outage is logged once and shown by the health check; when the database is
 * back the node uses it again.
 */
class QuotaStoreOutageTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    private LocalPostgres postgres;
    private CamelContext camel;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() throws Exception {
        postgres = LocalPostgres.start();
        Logger logger = (Logger) LoggerFactory.getLogger(QuotaPacers.class);
        logger.setLevel(Level.INFO);
        logger.addAppender(log);
        log.start();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.jdbcUrl());
        dataSource.setUser("postgres");
        dataSource.setConnectTimeout(2);
        dataSource.setSocketTimeout(5);
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("quotaStore", new PostgresQuotaStore(dataSource));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ocr").to("huaweiocr:generalText?endpoint=" + emulator.baseUrl()
                        + "&region=cn-north-4&projectId=" + emulator.projectId() + "&accessKey=RAW("
                        + emulator.accessKey() + ")&secretKey=RAW(" + emulator.secretKey() + ")&quotaPerSecond=5");
            }
        });
        camel.start();
    }

    @AfterEach
    void stop() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(QuotaPacers.class);
        logger.detachAppender(log);
        logger.setLevel(null);
        if (camel != null) {
            camel.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void noMessageIsLostWhenTheStoreGoesAwayAndTheNodeSaysSoOnce() throws Exception {
        emulator.admin().setQuota(5, 0);
        ProducerTemplate template = camel.createProducerTemplate();
        List<CompletableFuture<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            calls.add(template.asyncRequestBody("direct:ocr", TestImages.textLine("OUTAGE " + i)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> emulator.admin().recognitions() >= 6);
        postgres.stopServer();

        for (CompletableFuture<Object> call : calls) {
            assertThat(call.get(3, TimeUnit.MINUTES)).isNotNull();
        }
        assertThat(emulator.admin().recognitions()).isEqualTo(30);
        // paced locally at the quota: at most the odd call at a one-second window's edge on a loaded machine
        assertThat(emulator.admin().errors("APIG.0308")).as("paced locally within the quota").isLessThanOrEqualTo(5);

        HuaweiOcrEndpoint endpoint = camel.getEndpoints().stream().filter(HuaweiOcrEndpoint.class::isInstance)
                .map(HuaweiOcrEndpoint.class::cast).findFirst().orElseThrow();
        HealthCheck.Result health = new HuaweiOcrProducerHealthCheck("outage", endpoint::getClient, "generalText",
                null, null, Duration.ofSeconds(60), endpoint::quotaStoreProblem).call();
        assertThat(health.getState()).as("the node works").isEqualTo(HealthCheck.State.UP);
        assertThat(String.valueOf(health.getDetails().get(HuaweiOcrProducerHealthCheck.QUOTA_STORE)))
                .contains("PostgreSQL table huaweiocr_quota", "unreachable", "pacing on this node alone");
        // once per outage: a store slow enough to miss its deadline on a loaded machine is an outage of its own
        long outages = log.list.stream().filter(e -> e.getLevel() == Level.WARN).count();
        long recoveries = log.list.stream().filter(e -> e.getLevel() == Level.INFO).count();
        assertThat(outages).isGreaterThanOrEqualTo(1).isEqualTo(recoveries + 1);

        postgres.startServer();
        int extra = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (endpoint.quotaStoreProblem().isPresent() && System.nanoTime() < deadline) {
            template.requestBody("direct:ocr", TestImages.textLine("BACK " + extra++));
            Thread.sleep(500);
        }
        assertThat(endpoint.quotaStoreProblem()).as("the store is used again").isEmpty();
        assertThat(log.list.stream().filter(e -> e.getLevel() == Level.INFO).count())
                .as("the return is logged too").isEqualTo(log.list.stream().filter(e -> e.getLevel() == Level.WARN).count());
    }
}
