package io.github.huaweiocr.examples.obstodatabase;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * OBS bucket -> huaweiocr:vatInvoice (the object is passed as a presigned URL) -> one row per invoice in the
 * {@code invoice} table, or one row in {@code invoice_failure} when it cannot be recognised. Objects stay in the
 * bucket; {@link ObjectVersionLedger} skips every version (bucket, key, ETag) that has its row or is in flight.
 */
@Component
public class ObsToDatabaseRoutes extends RouteBuilder {

    private final ObjectVersionLedger processedObjects;

    public ObsToDatabaseRoutes(ObjectVersionLedger processedObjects) {
        this.processedObjects = processedObjects;
    }

    @Override
    public void configure() {
        // The component retried what is worth retrying: a failure that reaches the route is recorded, with Huawei's
        // error code, and the object version counts as handled, so that a broken document is not billed on every
        // poll; uploading a new version (new ETag) sends it again.
        onException(Exception.class)
                .handled(true)
                .logStackTrace(false)
                .process(InvoiceFailure::fromException)
                .log(LoggingLevel.WARN, "Could not store invoice ${body[bucket]}/${body[object_key]}:"
                        + " ${body[error_message]}")
                .to("sql:" + InvoiceFailure.INSERT);

        from("minio:{{example.obs.bucket}}?minioClient=#obsClient&includeBody=false&deleteAfterRead=false"
                + "&recursive=true&autoCreateBucket=false&delay={{example.obs.poll-delay}}")
                .routeId("obs-to-database")
                .idempotentConsumer(simple("${header.CamelMinioBucketName}/${header.CamelMinioObjectName}"
                        + "@${header.CamelMinioETag}"))
                    .idempotentRepository(processedObjects)
                    // Taken in hand when the object enters, so that the next polls (which list it again) skip it while
                    // it is being recognised; the row written at the end is what marks it handled for good. On failure
                    // the ledger lets it go only once its invoice_failure row is written: a failure that could not
                    // even be recorded keeps it in hand until a restart, rather than bill every poll.
                    .removeOnFailure(true)
                    .log("Recognising invoice ${header.CamelMinioBucketName}/${header.CamelMinioObjectName}")
                    .to("huaweiocr:vatInvoice?outputType=JSON")
                    // The answer arrives on the HTTP client's event loop; the insert blocks on the database, so it
                    // runs on a small pool of its own and the event loop stays free.
                    .threads(4).threadName("store")
                    .process(InvoiceRow::fromResult)
                    .log("Storing invoice ${body[invoice_code]}/${body[invoice_number]} of ${body[seller_name]},"
                            + " total ${body[total]}")
                    .to("sql:" + InvoiceRow.INSERT)
                .end();
    }
}
