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
package io.github.huaweiocr.examples.obstodatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.impl.DefaultCamelContext;
import org.flywaydb.core.Flyway;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger over the example's own schema, in H2: what counts as handled, in flight and after a restart, here and in
 * another replica on the same database (a second ledger with claims of its own, as another JVM would have).
 */
class ObjectVersionLedgerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** Room for every version a test takes in hand, except where the bound is what is tested. */
    private static final int ROOMY = 1_000;

    private final List<ObjectVersionLedger> started = new ArrayList<>();
    private DriverManagerDataSource dataSource;
    private JdbcTemplate jdbc;
    private ObjectVersionLedger ledger;

    @BeforeEach
    void database() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        ledger = replica(TIMEOUT, HEARTBEAT);
    }

    @AfterEach
    void stopReplicas() {
        started.forEach(ServiceHelper::stopAndShutdownService);
    }

    /** A ledger as one replica holds it: its own claims and heartbeat, over the shared database. */
    private ObjectVersionLedger replica(Duration timeout, Duration heartbeat) {
        return replica(timeout, heartbeat, ROOMY);
    }

    private ObjectVersionLedger replica(Duration timeout, Duration heartbeat, int maxInFlight) {
        VersionClaims claims = new VersionClaims(jdbc, new TransactionTemplate(new DataSourceTransactionManager(
                dataSource)), new DefaultCamelContext(), "obs-to-database", "replica-" + started.size(), timeout, heartbeat);
        ObjectVersionLedger replica = new ObjectVersionLedger(jdbc, claims, maxInFlight);
        replica.start();
        started.add(replica);
        return replica;
    }

    /** A replica killed with SIGKILL: its heartbeat stops, and nothing is released. */
    private static void kill(ObjectVersionLedger replica) {
        replica.shutdown();
    }

    @Test
    void aVersionInFlightIsNotTakenTwice() {
        String key = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");

        assertThat(ledger.add(key)).isTrue();
        // the next listing of the bucket sees it again while it is recognised
        assertThat(ledger.add(key)).isFalse();
        assertThat(ledger.contains(key)).isTrue();
        assertThat(ledger.inFlight()).isEqualTo(1);
        // another version of the same object is another document
        assertThat(ledger.add(ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-2\""))).isTrue();
    }

    @Test
    void aReplicaTakesNoMoreVersionsInHandThanItsBoundAndLeavesTheRestUnclaimed() {
        ObjectVersionLedger bounded = replica(TIMEOUT, HEARTBEAT, 2);
        ObjectVersionLedger other = replica(TIMEOUT, HEARTBEAT);
        String a = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");
        String b = ObjectVersionLedger.key("invoices", "incoming/b.png", "\"etag-1\"");
        String c = ObjectVersionLedger.key("invoices", "incoming/c.png", "\"etag-1\"");

        assertThat(bounded.add(a)).isTrue();
        assertThat(bounded.add(b)).isTrue();
        assertThat(bounded.add(c)).as("a third version with two in hand").isFalse();
        assertThat(bounded.inFlight()).isEqualTo(2);
        assertThat(claims()).isEqualTo(2);
        // what the full replica refused is free for another replica, and for this one once it has room again
        assertThat(bounded.contains(c)).isFalse();
        insertInvoice("invoices", "incoming/a.png", "\"etag-1\"");
        assertThat(bounded.confirm(a)).isTrue();
        assertThat(bounded.add(c)).isTrue();
        assertThat(other.add(c)).isFalse();
        assertThat(bounded.inFlight()).isEqualTo(2);
        assertThat(claims()).isEqualTo(2);
    }

    @Test
    void aBoundBelowOneIsRefused() {
        VersionClaims claims = new VersionClaims(jdbc, new TransactionTemplate(new DataSourceTransactionManager(
                dataSource)), new DefaultCamelContext(), "obs-to-database", "replica-x", TIMEOUT, HEARTBEAT);
        assertThatThrownBy(() -> new ObjectVersionLedger(jdbc, claims, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("example.obs.max-in-flight");
    }

    @Test
    void aVersionWithItsRowIsHandledForGood() {
        String key = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");
        assertThat(ledger.add(key)).isTrue();
        insertInvoice("invoices", "incoming/a.png", "\"etag-1\"");
        assertThat(ledger.confirm(key)).isTrue();

        assertThat(ledger.inFlight()).isZero();
        assertThat(ledger.add(key)).isFalse();
        // and so it stays after a restart, which starts with an empty ledger
        ObjectVersionLedger restarted = replica(TIMEOUT, HEARTBEAT);
        assertThat(restarted.add(key)).isFalse();
        assertThat(restarted.contains(key)).isTrue();
    }

    @Test
    void aFailureRowHandlesTheVersionToo() {
        String key = ObjectVersionLedger.key("invoices", "incoming/notes.txt", "\"etag-9\"");
        jdbc.update("insert into invoice_failure (bucket, object_key, etag, error_code, error_message) values"
                + " (?, ?, ?, ?, ?)", "invoices", "incoming/notes.txt", "\"etag-9\"", "AIS.0102", "not an image");

        assertThat(replica(TIMEOUT, HEARTBEAT).add(key)).isFalse();
    }

    @Test
    void aVersionKilledInFlightIsRecognisedAgainOnceItsClaimHasExpired() {
        ObjectVersionLedger killed = replica(Duration.ofMillis(1500), Duration.ofMillis(100));
        String key = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");
        assertThat(killed.add(key)).isTrue();
        // the process dies here: no row was written, and its claim is no longer refreshed
        kill(killed);

        ObjectVersionLedger restarted = replica(Duration.ofMillis(1500), Duration.ofMillis(100));
        await().atMost(Duration.ofSeconds(30)).until(() -> !restarted.contains(key));
        assertThat(restarted.add(key)).isTrue();
    }

    @Test
    void aFailureThatWroteNoRowKeepsTheVersionInHandUntilTheReplicaStops() {
        ObjectVersionLedger holder = replica(Duration.ofMillis(1500), Duration.ofMillis(100));
        String key = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");
        assertThat(holder.add(key)).isTrue();

        // the idempotent consumer's call for a failed exchange
        assertThat(holder.remove(key)).isFalse();
        assertThat(holder.add(key)).isFalse();
        assertThat(ledger.add(key)).isFalse();
        // once the replica is gone, its claim expires and another replica tries the version again; that replica
        // judges the claim by its own timeout, so it runs with the holder's short one rather than the 30 s default
        ObjectVersionLedger taker = replica(Duration.ofMillis(1500), Duration.ofMillis(100));
        kill(holder);
        await().atMost(Duration.ofSeconds(30)).until(() -> taker.add(key));
    }

    @Test
    void aFailureThatWroteNoRowIsSetAsideOutsideTheBoundSoTheReplicaGoesOnTakingWork() {
        ObjectVersionLedger bounded = replica(TIMEOUT, HEARTBEAT, 1);
        String failed = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");
        String next = ObjectVersionLedger.key("invoices", "incoming/b.png", "\"etag-1\"");
        assertThat(bounded.add(failed)).isTrue();
        assertThat(bounded.add(next)).isFalse(); // the bound is reached

        // the exchange failed and not even its failure row could be written
        assertThat(bounded.remove(failed)).isFalse();

        assertThat(bounded.inFlight()).isZero();
        assertThat(bounded.add(next)).isTrue();
        // the failed version is still skipped here, and still claimed against the other replicas
        assertThat(bounded.contains(failed)).isTrue();
        assertThat(bounded.add(failed)).isFalse();
        assertThat(ledger.add(failed)).isFalse();
    }

    @Test
    void aFailureRecordedByTheRouteLetsTheVersionGo() {
        String key = ObjectVersionLedger.key("invoices", "incoming/notes.txt", "\"etag-9\"");
        assertThat(ledger.add(key)).isTrue();
        jdbc.update("insert into invoice_failure (bucket, object_key, etag, error_code, error_message) values"
                + " (?, ?, ?, ?, ?)", "invoices", "incoming/notes.txt", "\"etag-9\"", "AIS.0102", "not an image");

        // a failure the route handled still reaches the repository as a failure
        assertThat(ledger.remove(key)).isTrue();
        assertThat(ledger.inFlight()).isZero();
        assertThat(ledger.add(key)).isFalse();
    }

    @Test
    void objectKeysWithSlashesAndAtSignsAreLookedUpWhole() {
        String objectKey = "2026/11/scan@office/invoice@2.png";
        insertInvoice("invoices", objectKey, "\"e1\"");

        assertThat(ledger.add(ObjectVersionLedger.key("invoices", objectKey, "\"e1\""))).isFalse();
        assertThat(ledger.add(ObjectVersionLedger.key("invoices", "2026/11/scan@office/invoice", "\"e1\""))).isTrue();
        assertThatThrownBy(() -> ledger.add("no-separators")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVersionInFlightInOneReplicaIsSkippedByTheOthersUntilItsRowIsWritten() {
        ObjectVersionLedger other = replica(TIMEOUT, HEARTBEAT);
        String key = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");

        assertThat(ledger.add(key)).isTrue();
        assertThat(other.add(key)).isFalse();
        assertThat(other.contains(key)).isTrue();

        insertInvoice("invoices", "incoming/a.png", "\"etag-1\"");
        assertThat(ledger.confirm(key)).isTrue();
        assertThat(claims()).isZero();
        assertThat(other.add(key)).isFalse();
    }

    @Test
    void aLiveReplicaKeepsItsClaimsPastTheTimeoutThroughItsHeartbeat() throws InterruptedException {
        Duration timeout = Duration.ofMillis(1000);
        ObjectVersionLedger holder = replica(timeout, Duration.ofMillis(100));
        ObjectVersionLedger other = replica(timeout, Duration.ofMillis(100));
        String key = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");
        assertThat(holder.add(key)).isTrue();

        Thread.sleep(timeout.multipliedBy(3).toMillis());
        assertThat(other.add(key)).isFalse();
    }

    @Test
    void aClaimTakenOverFromADeadReplicaIsKeptAliveByItsNewHolder() throws InterruptedException {
        Duration timeout = Duration.ofMillis(1000);
        ObjectVersionLedger dead = replica(timeout, Duration.ofMillis(100));
        ObjectVersionLedger taker = replica(timeout, Duration.ofMillis(100));
        ObjectVersionLedger third = replica(timeout, Duration.ofMillis(100));
        String key = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");
        assertThat(dead.add(key)).isTrue();
        kill(dead);

        await().atMost(Duration.ofSeconds(30)).until(() -> taker.add(key));
        Thread.sleep(timeout.multipliedBy(3).toMillis());
        assertThat(third.add(key)).isFalse();
    }

    @Test
    void replicasRacingForTheSameVersionsGetEachOneExactlyOnce() throws Exception {
        List<ObjectVersionLedger> replicas = List.of(ledger, replica(TIMEOUT, HEARTBEAT), replica(TIMEOUT,
                HEARTBEAT));
        int versions = 200;
        // half of them are orphans of a dead replica, so that the take-over races too
        ObjectVersionLedger dead = replica(TIMEOUT, HEARTBEAT);
        for (int n = 0; n < versions; n += 2) {
            assertThat(dead.add(ObjectVersionLedger.key("invoices", "race/" + n, "\"e\""))).isTrue();
        }
        kill(dead);
        // their last heartbeat was long ago, as far as the racing replicas' timeout goes
        jdbc.update("update invoice_claim set createdAt = ?", Timestamp.from(Instant.now().minus(TIMEOUT.multipliedBy(
                2))));

        ExecutorService pool = Executors.newFixedThreadPool(replicas.size());
        try {
            Map<String, AtomicInteger> winners = new ConcurrentHashMap<>();
            CyclicBarrier together = new CyclicBarrier(replicas.size());
            List<Future<?>> runs = new ArrayList<>();
            for (ObjectVersionLedger replica : replicas) {
                runs.add(pool.submit(() -> {
                    for (int n = 0; n < versions; n++) {
                        String key = ObjectVersionLedger.key("invoices", "race/" + n, "\"e\"");
                        together.await();
                        if (replica.add(key)) {
                            winners.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
            assertThat(winners).hasSize(versions);
            assertThat(winners.entrySet().stream().filter(e -> e.getValue().get() != 1).map(Map.Entry::getKey))
                    .as("versions claimed by more than one replica").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private long claims() {
        return jdbc.queryForObject("select count(*) from invoice_claim", Long.class);
    }

    private void insertInvoice(String bucket, String objectKey, String etag) {
        jdbc.update("insert into invoice (bucket, object_key, etag, raw_json) values (?, ?, ?, ?)", bucket, objectKey,
                etag, "{}");
    }
}
