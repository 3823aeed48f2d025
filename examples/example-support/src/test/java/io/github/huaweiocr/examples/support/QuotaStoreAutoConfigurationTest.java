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

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.huaweiocr.camel.quota.PostgresQuotaStore;
import io.github.huaweiocr.camel.quota.QuotaStore;

class QuotaStoreAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(QuotaStoreAutoConfiguration.class));

    @Test
    void withoutAUrlEachReplicaPacesAlone() {
        context.run(app -> assertThat(app).doesNotHaveBean(QuotaStore.class));
    }

    @Test
    void aPostgresqlUrlGivesThePostgresStoreEvenBeforeTheDatabaseAnswers() {
        // port 9 (discard) on loopback: nothing answers there, and the application starts all the same
        context.withPropertyValues("example.quota-store.url=jdbc:postgresql://127.0.0.1:9/ocr",
                        "example.quota-store.username=ocr", "example.quota-store.password=not-logged")
                .run(app -> {
                    assertThat(app).hasNotFailed().hasSingleBean(QuotaStore.class);
                    assertThat(app.getBean(QuotaStore.class)).isInstanceOf(PostgresQuotaStore.class);
                    assertThat(app.getBean(QuotaStore.class).description()).doesNotContain("not-logged")
                            .contains("huaweiocr_quota");
                    // the store's pool must never stand in for the application's database
                    assertThat(app).doesNotHaveBean(javax.sql.DataSource.class);
                });
    }

    @Test
    void anotherDatabaseIsRefusedAtStartWithTheReason() {
        context.withPropertyValues("example.quota-store.url=jdbc:h2:tcp://127.0.0.1/quota;PASSWORD=x")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("must be a PostgreSQL JDBC URL")
                        .hasMessageContaining("jdbc:h2:tcp://127.0.0.1/quota")
                        .hasMessageNotContaining("PASSWORD"));
    }
}
