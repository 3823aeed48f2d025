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

import java.nio.file.Path;
import java.time.Duration;

import io.minio.MinioClient;
import org.apache.camel.CamelContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.github.huaweiocr.examples.support.ReplicaProperties;

/**
 * VAT invoices arriving in an OBS bucket are recognised where they lie (the OCR service reads them through presigned
 * URLs, the bytes never pass through this application) and stored as rows of the {@code invoice} table. By default
 * everything runs in this JVM: an S3 server with the sample invoices, the OCR emulator and an H2 database. Several
 * replicas may list the same bucket and write to the same database: claims in that database decide which one
 * recognises each version.
 */
@SpringBootApplication
@EnableConfigurationProperties(ObjectStorageProperties.class)
public class ObsToDatabaseApplication {

    public static void main(String[] args) {
        SpringApplication.run(ObsToDatabaseApplication.class, args);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "example.obs.embedded", havingValue = "true", matchIfMissing = true)
    public EmbeddedS3Server embeddedS3Server(ObjectStorageProperties storage,
                                             @Value("${example.data-dir}") Path dataDir) throws Exception {
        return new EmbeddedS3Server(dataDir.resolve("s3"), storage.getEmbeddedPort(), storage.getAccessKey(),
                storage.getSecretKey());
    }

    /** The one client of the bucket, shared by the camel-minio consumer and the sample upload. */
    @Bean(destroyMethod = "close")
    public MinioClient obsClient(ObjectStorageProperties storage, ObjectProvider<EmbeddedS3Server> embedded) {
        EmbeddedS3Server server = embedded.getIfAvailable();
        return MinioClient.builder()
                .endpoint(server != null ? server.endpoint() : storage.getEndpoint())
                .credentials(storage.getAccessKey(), storage.getSecretKey())
                .build();
    }

    /**
     * The claims every replica takes in the shared database before recognising a version; a replica that stops its
     * heartbeat for longer than {@code example.claims.timeout} loses them to the others.
     */
    @Bean
    public VersionClaims versionClaims(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                       CamelContext camelContext, ReplicaProperties replica,
                                       @Value("${example.claims.timeout}") Duration timeout,
                                       @Value("${example.claims.heartbeat}") Duration heartbeat) {
        return new VersionClaims(jdbc, new TransactionTemplate(transactionManager), camelContext,
                ObsToDatabaseRoutes.ROUTE_ID, replica.getName(), timeout, heartbeat);
    }

    /**
     * Which object versions are handled: those with a row, and those being recognised by some replica; this replica
     * takes at most {@code example.obs.max-in-flight} in hand at once.
     */
    @Bean
    public ObjectVersionLedger processedObjects(JdbcTemplate jdbc, VersionClaims versionClaims,
                                                ObjectStorageProperties storage) {
        return new ObjectVersionLedger(jdbc, versionClaims, storage.getMaxInFlight());
    }
}
