package io.github.huaweiocr.examples.filetojms;

import java.util.List;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.github.huaweiocr.camel.HuaweiOcrConstants;

/**
 * inbox folder -> huaweiocr:generalText -> JMS {@code ocr.results}; a document that still fails after the
 * component's retries -> JMS {@code ocr.failed} and the {@code .failed} folder.
 * <p>
 * Each document reaches the queues exactly once, even when the application is killed mid-flight: the idempotent key
 * is stored only when the exchange completes (a document in flight at a crash is recognised again after the restart),
 * and the broker drops the second copy that a crash between the JMS send and the key write would publish (Artemis
 * duplicate detection on a message id derived from the same key).
 */
@Component
public class FileToJmsRoutes extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(FileToJmsRoutes.class);

    /** What makes a document the same document: its name, size and modification time. */
    private static final String DOCUMENT_KEY = "${file:name}-${file:size}-${file:modified}";

    private final IdempotentRepository processedFiles;

    public FileToJmsRoutes(IdempotentRepository processedFiles) {
        this.processedFiles = processedFiles;
    }

    @Override
    public void configure() {
        // The component already retried what is worth retrying (throttling, timeouts, 5xx): no Camel redelivery.
        // Not handled, so the file consumer still sees the failure and moves the document to .failed.
        onException(Exception.class)
                .handled(false)
                .logStackTrace(false)
                .logExhaustedMessageHistory(false)
                .process(FailureReport::describe)
                .setHeader(Message.HDR_DUPLICATE_DETECTION_ID.toString(), simple("failed-" + DOCUMENT_KEY))
                .log(LoggingLevel.WARN, "Could not recognise ${header." + FailureReport.FILE_NAME + "}: ${header."
                        + FailureReport.ERROR_CODE + "} ${header." + FailureReport.ERROR_MESSAGE + "}")
                .to("jms:queue:{{example.failed-queue}}");

        from("file:{{example.inbox}}?readLock=changed&readLockCheckInterval=500&move=.done&moveFailed=.failed")
                .routeId("inbox-to-ocr")
                .idempotentConsumer(simple(DOCUMENT_KEY))
                    .idempotentRepository(processedFiles)
                    // Stored when the exchange completes, not when it starts: a crash in between must not mark an
                    // unpublished document as done.
                    .eager(false)
                    .skipDuplicate(false)
                    .filter(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                        .log("Skipping ${file:name}: this file was recognised before")
                        .stop()
                    .end()
                    .to("huaweiocr:generalText?outputType=JSON")
                    // The answer arrives on the HTTP client's event loop; the JMS send blocks until the broker has
                    // stored the message, so it runs on a small pool of its own and the event loop stays free.
                    .threads(4).threadName("publish")
                    .setHeader(FailureReport.FILE_NAME, header(Exchange.FILE_NAME))
                    .process(FileToJmsRoutes::logRecognisedText)
                    .setHeader(Message.HDR_DUPLICATE_DETECTION_ID.toString(), simple("result-" + DOCUMENT_KEY))
                    .to("jms:queue:{{example.results-queue}}")
                    .log("Sent the result for ${header." + FailureReport.FILE_NAME
                            + "} to queue {{example.results-queue}}")
                .end();
    }

    private static void logRecognisedText(Exchange exchange) throws Exception {
        List<String> lines = RecognisedText.lines(exchange.getMessage().getBody(String.class));
        LOG.info("Recognised {} (request {}, {} lines):\n    {}",
                exchange.getMessage().getHeader(Exchange.FILE_NAME),
                exchange.getMessage().getHeader(HuaweiOcrConstants.REQUEST_ID), lines.size(),
                String.join("\n    ", lines));
    }
}
