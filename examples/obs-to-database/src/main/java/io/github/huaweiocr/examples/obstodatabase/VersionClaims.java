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

import java.sql.Timestamp;
import java.time.Duration;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which replica is recognising which object version: a claim with a lease in the shared database (table
 * {@value #TABLE}), so that replicas listing the same bucket never recognise the same version at the same time.
 * <p>
 * The claims are Camel's {@link JdbcOrphanLockAwareIdempotentRepository}: a claim is a row, the replica holding it
 * refreshes its timestamp every {@code heartbeat}, and a claim whose timestamp is older than {@code timeout} belongs to
 * a replica that died and may be taken by another. Two things are added around it, both because Camel's repository
 * takes over an existing claim by refreshing its timestamp in place, whoever holds it, and then does not keep it alive
 * (its heartbeat covers only the claims it inserted):
 * <ul>
 * <li>each claim row names the replica holding it, and the repository's statements refresh and delete only this
 * replica's claims, so a claim that another replica inserted a moment ago is never taken over in place;</li>
 * <li>a stale claim is deleted and inserted anew, in one transaction, so the taker holds it like any claim it made;</li>
 * <li>that transaction reads one snapshot (repeatable read), so the repository's two looks at the table agree.</li>
 * </ul>
 * Two replicas claiming the same version at once are told apart by the database: the primary key lets one insert
 * through, the other's insert fails (or its delete of the stale claim finds nothing once the first commits), and that
 * replica is simply told no.
 */
public class VersionClaims extends ServiceSupport {

    /** The claims' table, created by the Flyway migration {@code db/migration/V1__invoices.sql} with the column names Camel's repository uses. */
    public static final String TABLE = "invoice_claim";

    private static final Logger LOG = LoggerFactory.getLogger(VersionClaims.class);

    private static final String DELETE_STALE = "delete from " + TABLE
            + " where processorName = ? and messageId = ? and createdAt < ?";

    /** What a replica name may hold: it is written into the statements as a literal. */
    private static final Pattern REPLICA_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JdbcOrphanLockAwareIdempotentRepository repository;
    private final String processorName;
    private final Duration timeout;

    /**
     * @param processorName the name every replica of the same pipeline shares (claims are per pipeline)
     * @param replica       this replica's name, unique among the replicas
     * @param timeout       age of a claim's last heartbeat after which its holder is taken for dead
     * @param heartbeat     how often the claims held are refreshed; at most half the {@code timeout}
     */
    public VersionClaims(JdbcTemplate jdbc, TransactionTemplate transactions, CamelContext camelContext,
                         String processorName, String replica, Duration timeout, Duration heartbeat) {
        if (!REPLICA_NAME.matcher(replica).matches()) {
            throw new IllegalArgumentException("the replica name '" + replica + "' must be 1 to 128 letters, digits,"
                    + " '.', '_', ':' or '-', starting with a letter or digit (set example.replica.name)");
        }
        if (heartbeat.isNegative() || heartbeat.isZero() || heartbeat.compareTo(timeout.dividedBy(2)) > 0) {
            throw new IllegalArgumentException("the claim heartbeat (" + heartbeat + ") must be positive and at most"
                    + " half the claim timeout (" + timeout + ")");
        }
        this.jdbc = jdbc;
        // One snapshot per claim: the repository counts the live claims, then counts every claim before inserting, and
        // takes over in place whatever the second count finds that the first did not. Read from one snapshot, the two
        // counts agree, and a claim committed meanwhile by another replica makes this insert fail instead.
        this.transactions = new TransactionTemplate(transactions.getTransactionManager(), transactions);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.processorName = processorName;
        this.timeout = timeout;
        repository = new JdbcOrphanLockAwareIdempotentRepository(jdbc, this.transactions, camelContext);
        repository.setProcessorName(processorName);
        repository.setCreateTableIfNotExists(false);
        String mine = " and replica = '" + replica + "'";
        repository.setQueryString("select count(*) from " + TABLE + " where processorName = ? and messageId = ?");
        repository.setInsertString("insert into " + TABLE + " (processorName, messageId, createdAt, replica) values"
                + " (?, ?, ?, '" + replica + "')");
        repository.setUpdateTimestampQuery("update " + TABLE + " set createdAt = ? where processorName = ? and"
                + " messageId = ?" + mine);
        repository.setDeleteString("delete from " + TABLE + " where processorName = ? and messageId = ?" + mine);
        repository.setClearString("delete from " + TABLE + " where processorName = ?" + mine);
        repository.setLockMaxAgeMillis(timeout.toMillis());
        repository.setLockKeepAliveIntervalMillis(heartbeat.toMillis());
    }

    /**
     * Claims {@code key} for this replica: true when no live claim exists (none, or one whose holder stopped its
     * heartbeat more than the timeout ago), false when another replica holds it or won the race for it.
     */
    public boolean claim(String key) {
        try {
            Boolean claimed = transactions.execute(status -> {
                jdbc.update(DELETE_STALE, processorName, key, new Timestamp(System.currentTimeMillis()
                        - timeout.toMillis()));
                return repository.add(key);
            });
            return Boolean.TRUE.equals(claimed);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            LOG.debug("Another replica claimed {} at the same moment", key);
            return false;
        }
    }

    /** Gives the claim up (the version has its row, or this replica lets it go). */
    public void release(String key) {
        repository.remove(key);
    }

    /** Whether any replica holds a live claim on {@code key}. */
    public boolean claimed(String key) {
        return repository.contains(key);
    }

    @Override
    protected void doStart() {
        ServiceHelper.startService(repository);
    }

    @Override
    protected void doStop() {
        ServiceHelper.stopService(repository);
    }

    /** Stops the heartbeat: claims still held (versions that failed without a row) expire and are taken over. */
    @Override
    protected void doShutdown() {
        ServiceHelper.stopAndShutdownService(repository);
    }
}
