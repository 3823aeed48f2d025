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

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import io.github.huaweiocr.examples.support.ReplicaProperties;

/**
 * OBS bucket -> huaweiocr:vatInvoice (the object is passed as a presigned URL) -> one row per invoice in the
 * {@code invoice} table, or one row in {@code invoice_failure} when it cannot be recognised. Objects stay in the
 * bucket; {@link ObjectVersionLedger} skips every version (bucket, key, ETag) that has its row or is in flight, here or
 * in another replica.
 */
@Component
public class ObsToDatabaseRoutes extends RouteBuilder {

    /** The route's id, also the name under which every replica claims versions in the shared database. */
    public static final String ROUTE_ID = "obs-to-database";

    private final ObjectVersionLedger processedObjects;
    private final String replica;

    public ObsToDatabaseRoutes(ObjectVersionLedger processedObjects, ReplicaProperties replica) {
        this.processedObjects = processedObjects;
        this.replica = replica.getName();
    }

    @Override
    public void configure() {
        // The version's row is there already: another replica stored it (it held the claim until its row was written,
        // so this can only follow a claim lost to a heartbeat missed for longer than the claim timeout). The version is
        // stored once, and did not fail: nothing more to record.
        onException(DuplicateKeyException.class)
                .handled(true)
                .logStackTrace(false)
                .log(LoggingLevel.WARN, "Invoice ${header.CamelMinioBucketName}/${header.CamelMinioObjectName}"
                        + " (ETag ${header.CamelMinioETag}) was stored by another replica meanwhile; not stored again");

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
                .routeId(ROUTE_ID)
                .setProperty(InvoiceRow.REPLICA, constant(replica))
                .idempotentConsumer(simple("${header.CamelMinioBucketName}/${header.CamelMinioObjectName}"
                        + "@${header.CamelMinioETag}"))
                    .idempotentRepository(processedObjects)
                    // Taken in hand when the object enters, so that the next polls (which list it again) skip it while
                    // it is being recognised; the row written at the end is what marks it handled for good. On failure
                    // the ledger lets it go only once its invoice_failure row is written: a failure that could not
                    // even be recorded keeps it in hand until a restart, rather than bill every poll.
                    // At most example.obs.max-in-flight versions are in hand (and so claimed) at once: every listed
                    // object enters the route, and the consumer does not wait for the exchanges it started, so past
                    // the bound the ledger answers "duplicate" before claiming and the object waits, unclaimed, for a
                    // later listing here or in another replica. The bound is the ledger's rather than a throttle's in
                    // front of it: Camel 4.18's concurrent-requests throttler forgets its permits 10 s after its last
                    // release, which calls waiting out a used-up quota window outlast; and camel-minio's
                    // maxMessagesPerPoll bounds what one listing sends, not what several listings leave in hand.
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
