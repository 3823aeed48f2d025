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
package io.github.huaweiocr.examples.filetojms;

import java.util.List;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.github.huaweiocr.camel.HuaweiOcrConstants;
import io.github.huaweiocr.examples.support.ReplicaProperties;

/**
 * Two routes, so that any number of replicas can share one inbox folder and one broker:
 * <ol>
 * <li>{@code inbox-to-queue}, in the one replica that holds the inbox's leadership ({@code master:}): each file that
 * stopped growing (unchanged for a second) is put on the JMS queue {@code ocr.documents}, then moved to {@code .done}. The message carries an
 * Artemis duplicate id made of the file's name, size and modification time, so the broker keeps one copy of a
 * document: the one a new leader sends again after a leader died between the send and the move, and a file dropped
 * again unchanged.</li>
 * <li>{@code queue-to-ocr}, in every replica: competing transacted consumers take the documents, call
 * huaweiocr:generalText and publish the result on {@code ocr.results} (or the failure on {@code ocr.failed}) in the
 * same JMS transaction as the acknowledgement of the document. A replica killed mid-call never committed: the broker
 * gives the document to another consumer, which recognises it again (one more paid call) and publishes it once.</li>
 * </ol>
 */
@Component
public class FileToJmsRoutes extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(FileToJmsRoutes.class);

    /** What makes a document the same document: its name, size and modification time. */
    private static final String DOCUMENT_KEY = "${file:name}-${file:size}-${file:modified}";

    private final String replica;

    public FileToJmsRoutes(ReplicaProperties replica) {
        this.replica = replica.getName();
    }

    @Override
    public void configure() {
        // Not handled: a file that could not be put on the queue (broker unreachable) stays in the inbox, and the next
        // poll tries it again.
        from("master:file-to-jms-inbox:file:{{example.inbox}}?readLock=changed&readLockCheckInterval=500"
                + "&readLockMinAge=1000&move=.done")
                .routeId("inbox-to-queue")
                .setHeader(FailureReport.FILE_NAME, header(Exchange.FILE_NAME))
                .setHeader(Message.HDR_DUPLICATE_DETECTION_ID.toString(), simple("document-" + DOCUMENT_KEY))
                .convertBodyTo(byte[].class)
                .to("jms:queue:{{example.documents-queue}}")
                .log("Queued ${file:name} for recognition");

        from("jms:queue:{{example.documents-queue}}?transacted=true&transactionManager=#jmsTransactionManager"
                + "&cacheLevelName=CACHE_CONSUMER&concurrentConsumers={{example.recognisers}}")
                .routeId("queue-to-ocr")
                // The component already retried what is worth retrying (throttling, timeouts, 5xx): no Camel
                // redelivery. The failure is published in the transaction that takes the document off the queue.
                .onException(Exception.class)
                    .handled(true)
                    .logStackTrace(false)
                    .logExhaustedMessageHistory(false)
                    .process(FailureReport::describe)
                    .log(LoggingLevel.WARN, "Could not recognise ${header." + FailureReport.FILE_NAME + "}: ${header."
                            + FailureReport.ERROR_CODE + "} ${header." + FailureReport.ERROR_MESSAGE + "}")
                    .to("jms:queue:{{example.failed-queue}}")
                .end()
                // Marks the exchange transacted (joining the consumer's transaction), which makes Camel route it
                // synchronously: every step, the result's send included, runs on the consumer's thread, where the
                // transaction's JMS session is bound.
                .transacted("documentTransaction")
                // The document's duplicate id belongs to the documents' queue. On a result sent in this transaction, a
                // repeat would make the broker roll the whole transaction back, and the document would come back.
                .removeHeader(Message.HDR_DUPLICATE_DETECTION_ID.toString())
                .setHeader(FailureReport.REPLICA, constant(replica))
                .setHeader(FailureReport.REDELIVERED, header("JMSRedelivered"))
                // The consumer's thread waits for the answer, then sends the result in its transaction.
                .to("huaweiocr:generalText?outputType=JSON")
                .setHeader(FailureReport.ATTEMPTS, header(HuaweiOcrConstants.ATTEMPTS))
                .process(FileToJmsRoutes::logRecognisedText)
                .to("jms:queue:{{example.results-queue}}")
                .log("Sent the result for ${header." + FailureReport.FILE_NAME + "} to queue {{example.results-queue}}");
    }

    private static void logRecognisedText(Exchange exchange) throws Exception {
        List<String> lines = RecognisedText.lines(exchange.getMessage().getBody(String.class));
        LOG.info("Recognised {} (request {}, {} lines):\n    {}",
                exchange.getMessage().getHeader(FailureReport.FILE_NAME),
                exchange.getMessage().getHeader(HuaweiOcrConstants.REQUEST_ID), lines.size(),
                String.join("\n    ", lines));
    }
}
