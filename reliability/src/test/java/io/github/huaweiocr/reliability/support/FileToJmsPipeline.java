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
package io.github.huaweiocr.reliability.support;

import java.nio.file.Path;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;

import io.github.huaweiocr.camel.HuaweiOcrConstants;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.error.HuaweiOcrTransportException;

/**
 * The single-JVM route the file-to-jms example had before it was split for replicas (it now queues documents and
 * recognises them in transacted consumers), kept here because it drives the component asynchronously under load:
 * inbox folder, persistent idempotent consumer on name, size and modification time (stored on completion), {@code
 * huaweiocr:generalText} with the component's retries and no Camel redelivery, results to {@value #RESULTS}, failures
 * to {@value #FAILED} with their error, both with Artemis duplicate ids. The attempt count travels as
 * {@value #ATTEMPTS} on either queue, and {@code readLockMinAge} lets files dropped before the start be taken at once
 * instead of one per 500 ms.
 */
public final class FileToJmsPipeline extends RouteBuilder {

    public static final String RESULTS = "ocr.results";
    public static final String FAILED = "ocr.failed";
    public static final String FILE_NAME = "ocrFileName";
    public static final String ERROR_CODE = "ocrErrorCode";
    public static final String ERROR_MESSAGE = "ocrErrorMessage";
    public static final String ATTEMPTS = "ocrAttempts";

    /** What makes a document the same document, as in the example: its name, size and modification time. */
    private static final String DOCUMENT_KEY = "${file:name}-${file:size}-${file:modified}";

    private final Path inbox;
    private final IdempotentRepository processedFiles;

    public FileToJmsPipeline(Path inbox, IdempotentRepository processedFiles) {
        this.inbox = inbox;
        this.processedFiles = processedFiles;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(false)
                .logStackTrace(false)
                .logExhaustedMessageHistory(false)
                .process(FileToJmsPipeline::describeFailure)
                .setHeader(Message.HDR_DUPLICATE_DETECTION_ID.toString(), simple("failed-" + DOCUMENT_KEY))
                .log(LoggingLevel.WARN, "Could not recognise ${header." + FILE_NAME + "}: ${header." + ERROR_CODE
                        + "} ${header." + ERROR_MESSAGE + "}")
                .to("jms:queue:" + FAILED);

        from("file:" + inbox.toAbsolutePath() + "?readLock=changed&readLockCheckInterval=500&readLockMinAge=1000"
                + "&move=.done&moveFailed=.failed")
                .routeId("inbox-to-ocr")
                .idempotentConsumer(simple(DOCUMENT_KEY))
                    .idempotentRepository(processedFiles)
                    .eager(false)
                    .skipDuplicate(false)
                    .filter(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                        .log("Skipping ${file:name}: this file was recognised before")
                        .stop()
                    .end()
                    .to("huaweiocr:generalText?outputType=JSON")
                    .threads(4).threadName("publish")
                    .setHeader(FILE_NAME, header(Exchange.FILE_NAME))
                    .setHeader(ATTEMPTS, header(HuaweiOcrConstants.ATTEMPTS))
                    .setHeader(Message.HDR_DUPLICATE_DETECTION_ID.toString(), simple("result-" + DOCUMENT_KEY))
                    .to("jms:queue:" + RESULTS)
                .end();
    }

    /** As the example's FailureReport: file name, error code and message as headers, plus the attempts made. */
    static void describeFailure(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        exchange.getMessage().setHeader(FILE_NAME, exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class));
        exchange.getMessage().setHeader(ERROR_CODE, errorCode(failure));
        exchange.getMessage().setHeader(ERROR_MESSAGE, failure == null ? "unknown failure" : failure.getMessage());
        int attempts = 0;
        if (failure instanceof HuaweiOcrServiceException service) {
            attempts = service.getAttempts();
        } else if (failure instanceof HuaweiOcrTransportException transport) {
            attempts = transport.getAttempts();
        }
        exchange.getMessage().setHeader(ATTEMPTS, attempts);
        exchange.getMessage().setBody(failure == null ? "unknown failure" : failure.toString());
    }

    private static String errorCode(Exception failure) {
        if (failure instanceof HuaweiOcrServiceException service) {
            return service.getErrorCode() != null ? service.getErrorCode() : "HTTP." + service.getStatusCode();
        }
        if (failure instanceof HuaweiOcrInputException) {
            return "INVALID_INPUT";
        }
        return failure == null ? "UNKNOWN" : failure.getClass().getSimpleName();
    }
}
