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
package io.github.huaweiocr.springboot.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSendingEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSentEvent;
import org.apache.camel.support.EventNotifierSupport;

import io.github.huaweiocr.camel.HuaweiOcrConstants;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.error.HuaweiOcrTransportException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * Publishes one set of Micrometer meters per OCR operation from Camel's "exchange sent" events of {@code huaweiocr:}
 * endpoints, so the component itself needs no metrics library:
 * <ul>
 * <li>{@code huaweiocr.calls} (counter; tags {@code operation}, {@code outcome} = success|failure)</li>
 * <li>{@code huaweiocr.errors} (counter; tags {@code operation}, {@code error.code}: Huawei's code such as
 * {@code APIG.0308}, {@code input} for documents rejected before sending, {@code transport} when no answer came)</li>
 * <li>{@code huaweiocr.retries} (counter; tag {@code operation}): HTTP requests beyond the first, read from the
 * {@code CamelHuaweiOcrAttempts} header or the exception</li>
 * <li>{@code huaweiocr.latency} (timer; tags {@code operation}, {@code outcome}): time of the whole call, retries
 * included</li>
 * </ul>
 */
public class HuaweiOcrMetricsEventNotifier extends EventNotifierSupport {

    static final String SCHEME = "huaweiocr";

    private final MeterRegistry registry;

    public HuaweiOcrMetricsEventNotifier(MeterRegistry registry) {
        this.registry = registry;
        // Only "sending" and "sent" events are needed; ignoring the rest keeps Camel from creating them at all.
        setIgnoreCamelContextEvents(true);
        setIgnoreCamelContextInitEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    /**
     * Accepts the "sending" event too: Camel times a call, and later emits its "sent" event, only when a notifier
     * took the "sending" one.
     */
    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof ExchangeSendingEvent sending && isOcrEndpoint(sending.getEndpoint())
                || event instanceof ExchangeSentEvent sent && isOcrEndpoint(sent.getEndpoint());
    }

    @Override
    public void notify(CamelEvent event) {
        if (!(event instanceof ExchangeSentEvent sent)) {
            return;
        }
        Exchange exchange = sent.getExchange();
        Exception failure = exchange.getException();
        String operation = operationOf(sent.getEndpoint(), exchange, failure);
        String outcome = failure == null ? "success" : "failure";

        Counter.builder("huaweiocr.calls").description("Calls to Huawei Cloud OCR, retries counted once")
                .tag("operation", operation).tag("outcome", outcome).register(registry).increment();
        Timer.builder("huaweiocr.latency").description("Duration of OCR calls, retries included")
                .tag("operation", operation).tag("outcome", outcome).register(registry)
                .record(Duration.ofMillis(Math.max(0, sent.getTimeTaken())));
        int retries = attemptsOf(exchange, failure) - 1;
        if (retries > 0) {
            Counter.builder("huaweiocr.retries").description("HTTP requests sent again after a retryable failure")
                    .tag("operation", operation).register(registry).increment(retries);
        }
        if (failure != null) {
            Counter.builder("huaweiocr.errors").description("Failed OCR calls by Huawei error code")
                    .tag("operation", operation).tag("error.code", errorCodeOf(failure)).register(registry)
                    .increment();
        }
    }

    private static boolean isOcrEndpoint(Endpoint endpoint) {
        String uri = endpoint == null ? null : endpoint.getEndpointUri();
        return uri != null && uri.startsWith(SCHEME + ":");
    }

    /** The operation that ran: the producer's header, else the failed call's, else the endpoint's own. */
    static String operationOf(Endpoint endpoint, Exchange exchange, Exception failure) {
        String header = exchange.getMessage().getHeader(HuaweiOcrConstants.OPERATION, String.class);
        if (header != null) {
            return canonical(header);
        }
        if (failure instanceof HuaweiOcrServiceException service && service.getOperation() != null) {
            return service.getOperation().uriName();
        }
        if (failure instanceof HuaweiOcrTransportException transport && transport.getOperation() != null) {
            return transport.getOperation().uriName();
        }
        String path = endpoint.getEndpointUri().substring(SCHEME.length() + 1).replaceFirst("^//", "");
        int query = path.indexOf('?');
        return canonical(query < 0 ? path : path.substring(0, query));
    }

    private static String canonical(String name) {
        try {
            return HuaweiOcrOperation.fromName(name).uriName();
        } catch (IllegalArgumentException e) {
            // An unknown name never reaches Huawei; tagging it as such keeps meter cardinality bounded.
            return "unknown";
        }
    }

    private static int attemptsOf(Exchange exchange, Exception failure) {
        if (failure instanceof HuaweiOcrServiceException service) {
            return service.getAttempts();
        }
        if (failure instanceof HuaweiOcrTransportException transport) {
            return transport.getAttempts();
        }
        Integer header = exchange.getMessage().getHeader(HuaweiOcrConstants.ATTEMPTS, Integer.class);
        return header == null ? 1 : header;
    }

    static String errorCodeOf(Exception failure) {
        if (failure instanceof HuaweiOcrServiceException service) {
            return service.getErrorCode() != null ? service.getErrorCode() : "HTTP." + service.getStatusCode();
        }
        if (failure instanceof HuaweiOcrInputException) {
            return "input";
        }
        if (failure instanceof HuaweiOcrTransportException) {
            return "transport";
        }
        if (failure instanceof HuaweiOcrException) {
            return failure.getClass().getSimpleName();
        }
        return "other";
    }
}
