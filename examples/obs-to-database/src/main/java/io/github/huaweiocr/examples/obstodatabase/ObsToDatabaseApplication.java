package io.github.huaweiocr.examples.obstodatabase;

import java.nio.file.Path;

import io.minio.MinioClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

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

    /** Which object versions are handled: those with a row, and those being recognised in this JVM. */
    @Bean
    public ObjectVersionLedger processedObjects(JdbcTemplate jdbc) {
        return new ObjectVersionLedger(jdbc);
    }
}
