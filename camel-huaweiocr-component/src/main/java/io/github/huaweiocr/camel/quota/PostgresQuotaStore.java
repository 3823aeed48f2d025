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

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * The shared quota in a PostgreSQL table, through Bucket4j's PostgreSQL backend ({@code SELECT ... FOR UPDATE} on
 * one row per account and operation, so it also works behind a transaction-mode connection pooler). The table
 * ({@value #DEFAULT_TABLE} unless named) is created on first use when it is missing, so an application starts even
 * while the database is down:
 *
 * <pre>
 * CREATE TABLE IF NOT EXISTS huaweiocr_quota (id VARCHAR(255) PRIMARY KEY, state BYTEA)
 * </pre>
 *
 * Give the data source short connect and socket timeouts (e.g. {@code connectTimeout=2&socketTimeout=5} on the JDBC
 * URL): the component stops waiting for the store after a few seconds either way and paces on its own meanwhile.
 */
public class PostgresQuotaStore extends Bucket4jQuotaStore {

    /** The table used when none is named. */
    public static final String DEFAULT_TABLE = "huaweiocr_quota";

    private final DataSource dataSource;
    private final String table;
    private volatile boolean tableReady;

    /** A store in table {@value #DEFAULT_TABLE}. */
    public PostgresQuotaStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /**
     * @param table a plain SQL identifier (letters, digits, underscores; optionally schema-qualified)
     */
    public PostgresQuotaStore(DataSource dataSource, String table) {
        super(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(Objects.requireNonNull(dataSource, "dataSource"))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(checkedTable(table))
                .idColumn("id")
                .stateColumn("state")
                .build(), "PostgreSQL table " + table);
        this.dataSource = dataSource;
        this.table = table;
    }

    @Override
    public QuotaGrant take(String key, QuotaRate rate, int calls) throws Exception {
        if (!tableReady) {
            createTableIfMissing();
        }
        return super.take(key, rate, calls);
    }

    /**
     * Creates the table under a transaction-scoped advisory lock: PostgreSQL's {@code CREATE TABLE IF NOT EXISTS} is
     * not safe against itself, and replicas starting together would otherwise race on the catalogue (one of them
     * failing with a unique violation on {@code pg_type}).
     */
    private void createTableIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(hashtext('" + table + "'))");
                statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (id VARCHAR(255) PRIMARY KEY, state BYTEA)");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        tableReady = true;
    }

    private static String checkedTable(String table) {
        if (table == null || !table.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
            throw new IllegalArgumentException("the quota table must be a plain SQL identifier, not '" + table + "'");
        }
        return table;
    }
}
