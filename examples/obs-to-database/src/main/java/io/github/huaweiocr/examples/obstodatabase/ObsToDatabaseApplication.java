package io.github.huaweiocr.examples.obstodatabase;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.minio.MinioClient;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * VAT invoices arriving in an OBS bucket are recognised where they lie (the OCR service reads them through presigned
 * URLs, the bytes never pass through this application) and stored as rows of the {@code invoice} table. By default
 * everything runs in this JVM: an S3 server with the sample invoices, the OCR emulator and an H2 database.
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
     * Remembers which object versions (bucket, key, ETag) were recognised, in the same database as the invoices, so
     * that restarts and re-listings of the bucket never store an invoice twice while a changed object is read again.
     */
    @Bean
    public IdempotentRepository processedObjects(DataSource dataSource) {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, "obs-to-database");
        // The table is created by schema.sql, with a key column wide enough for long object keys.
        repository.setCreateTableIfNotExists(false);
        return repository;
    }
}
