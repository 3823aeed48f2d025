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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import io.github.huaweiocr.emulator.junit.LocalPostgres;

/**
 * The shared bucket in a real PostgreSQL server: a window's bucket holds a burst of 1 % of the quota, and one visit
 * takes as many of the waiting calls as the bucket holds, so a store some milliseconds away does not hold a node
 * below the quota.
 */
class PostgresQuotaStoreTest {

    private static LocalPostgres postgres;
    private static PGSimpleDataSource dataSource;
    private static PostgresQuotaStore store;

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start();
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.jdbcUrl());
        dataSource.setUser("postgres");
        store = new PostgresQuotaStore(dataSource);
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void oneVisitTakesTheWholeBurstForTheCallsWaiting() throws Exception {
        // 1,000 a minute: a bucket of 10, refilled with 990 a minute; a new bucket starts full
        QuotaGrant grant = store.take("burst", new QuotaRate(0, 1000), 25);
        assertThat(grant.calls()).isEqualTo(10);
        assertThat(grant.nanosToWait()).isZero();
    }

    @Test
    void aVisitTakesNoMoreThanTheCallsWaiting() throws Exception {
        assertThat(store.take("one-waiting", new QuotaRate(0, 1000), 1).calls()).isEqualTo(1);
        assertThat(store.take("three-waiting", new QuotaRate(0, 1000), 3).calls()).isEqualTo(3);
    }

    @Test
    void aSmallQuotaKeepsABucketOfOneCall() throws Exception {
        assertThat(QuotaRate.burst(5)).isEqualTo(1);
        assertThat(QuotaRate.burst(199)).isEqualTo(1);
        assertThat(QuotaRate.burst(600)).isEqualTo(6);
        assertThat(store.take("per-second", new QuotaRate(5, 0), 4).calls()).isEqualTo(1);
    }

    @Test
    void nodesStartingTogetherCreateTheTableOnce() throws Exception {
        int nodes = 8;
        CyclicBarrier together = new CyclicBarrier(nodes);
        ExecutorService threads = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<QuotaGrant>> grants = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                // one store per node, as in separate JVMs: none of them has seen the table yet
                PostgresQuotaStore node = new PostgresQuotaStore(dataSource, "quota_started_together");
                grants.add(threads.submit(() -> {
                    together.await();
                    return node.take("together", new QuotaRate(0, 6000), 1);
                }));
            }
            for (Future<QuotaGrant> grant : grants) {
                assertThat(grant.get().calls()).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
