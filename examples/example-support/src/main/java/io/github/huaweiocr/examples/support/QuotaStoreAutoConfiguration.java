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
package io.github.huaweiocr.examples.support;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import io.github.huaweiocr.camel.quota.PostgresQuotaStore;
import io.github.huaweiocr.camel.quota.QuotaStore;

/**
 * The replicas' shared Huawei quota, when {@code example.quota-store.url} names a PostgreSQL database: a
 * {@link PostgresQuotaStore} over a small connection pool of its own, which the component picks up by type. The pool
 * is the store's, not a {@code DataSource} bean, so that it never takes the place of the application's own database
 * connections (Spring Boot backs off its {@code DataSource} when one exists). It starts even when the database does
 * not answer (the component then paces on this replica alone and says so in its health).
 */
@AutoConfiguration
@EnableConfigurationProperties(QuotaStoreProperties.class)
@ConditionalOnProperty(prefix = "example.quota-store", name = "url")
public class QuotaStoreAutoConfiguration {

    /** The store the component's {@code quotaStore} option is autowired with; its pool is closed with it. */
    @Bean
    @ConditionalOnMissingBean(QuotaStore.class)
    public PooledQuotaStore huaweiOcrQuotaStore(QuotaStoreProperties properties) {
        if (!properties.getUrl().startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("example.quota-store.url must be a PostgreSQL JDBC URL"
                    + " (jdbc:postgresql://...), not " + properties.getUrl().replaceAll("[?;].*", "")
                    + ": the shared quota store is PostgresQuotaStore");
        }
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("huaweiocr-quota-store");
        pool.setJdbcUrl(properties.getUrl());
        pool.setUsername(properties.getUsername());
        pool.setPassword(properties.getPassword());
        pool.setMaximumPoolSize(properties.getPoolSize());
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(2_000);
        // Start without the database: the component falls back to pacing alone until the store answers.
        pool.setInitializationFailTimeout(-1);
        pool.addDataSourceProperty("connectTimeout", "2");
        pool.addDataSourceProperty("socketTimeout", "5");
        return new PooledQuotaStore(pool, properties.getTable());
    }

    /** A {@link PostgresQuotaStore} that owns its connection pool and closes it when the application stops. */
    public static class PooledQuotaStore extends PostgresQuotaStore implements AutoCloseable {

        private final HikariDataSource pool;

        PooledQuotaStore(HikariDataSource pool, String table) {
            super(pool, table);
            this.pool = pool;
        }

        @Override
        public void close() {
            pool.close();
        }
    }
}
