package io.github.huaweiocr.examples.obstodatabase;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.stereotype.Component;

/**
 * OBS bucket -> huaweiocr:vatInvoice (the object is passed as a presigned URL) -> one row per invoice in the
 * {@code invoice} table. Objects stay in the bucket; the idempotent repository skips every version (bucket, key,
 * ETag) already handled.
 */
@Component
public class ObsToDatabaseRoutes extends RouteBuilder {

    private final IdempotentRepository processedObjects;

    public ObsToDatabaseRoutes(IdempotentRepository processedObjects) {
        this.processedObjects = processedObjects;
    }

    @Override
    public void configure() {
        // The component retried what is worth retrying. A failed object is kept in the idempotent repository
        // (removeOnFailure=false below) so that a broken document is not billed on every poll; uploading a new
        // version (new ETag) sends it again.
        onException(Exception.class)
                .handled(true)
                .logStackTrace(false)
                .log(LoggingLevel.WARN, "Could not store invoice ${header.CamelMinioBucketName}/"
                        + "${header.CamelMinioObjectName}: ${exception.message}");

        from("minio:{{example.obs.bucket}}?minioClient=#obsClient&includeBody=false&deleteAfterRead=false"
                + "&recursive=true&autoCreateBucket=false&delay={{example.obs.poll-delay}}")
                .routeId("obs-to-database")
                .idempotentConsumer(simple("${header.CamelMinioBucketName}/${header.CamelMinioObjectName}"
                        + "@${header.CamelMinioETag}"))
                    .idempotentRepository(processedObjects)
                    .removeOnFailure(false)
                    .log("Recognising invoice ${header.CamelMinioBucketName}/${header.CamelMinioObjectName}")
                    .to("huaweiocr:vatInvoice?outputType=JSON")
                    .process(InvoiceRow::fromResult)
                    .log("Storing invoice ${body[invoice_code]}/${body[invoice_number]} of ${body[seller_name]},"
                            + " total ${body[total]}")
                    .to("sql:" + InvoiceRow.INSERT)
                .end();
    }
}
