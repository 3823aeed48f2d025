package io.github.huaweiocr.camel;

import java.time.Duration;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import reactor.core.publisher.Mono;

import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.health.HuaweiOcrProducerHealthCheck;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * Sends each message to Huawei OCR without holding a thread: the exchange is completed from the HTTP response(s). The
 * message is turned into calls by {@link DocumentPipeline} (one call, or one per PDF page or batch item; each built
 * by {@link OcrCallFactory}, which rejects bad input before anything is sent) and the responses into a body and
 * headers; this class only moves values between them and the exchange.
 */
public class HuaweiOcrProducer extends DefaultAsyncProducer {

    private WritableHealthCheckRepository healthCheckRepository;
    private HuaweiOcrProducerHealthCheck healthCheck;

    public HuaweiOcrProducer(HuaweiOcrEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public HuaweiOcrEndpoint getEndpoint() {
        return (HuaweiOcrEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Message in = exchange.getMessage();
        Mono<DocumentPipeline.Outcome> outcome;
        try {
            HuaweiOcrOperation operation = operation(in);
            outcome = getEndpoint().getDocuments().process(operation, in.getBody(), in.getHeaders(),
                    getEndpoint().getCallFactory(), getEndpoint().getClient());
        } catch (RuntimeException e) {
            // Nothing was sent: complete synchronously.
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        // An empty completion would leave the exchange waiting for ever: turn it into a failure instead.
        outcome.switchIfEmpty(Mono.error(() -> new HuaweiOcrException("Huawei OCR produced no answer for this message")))
                .subscribe(result -> complete(exchange, callback, result),
                        error -> {
                            exchange.setException(error);
                            callback.done(false);
                        });
        return false;
    }

    private static void complete(Exchange exchange, AsyncCallback callback, DocumentPipeline.Outcome outcome) {
        try {
            Message message = exchange.getMessage();
            message.setBody(outcome.body());
            outcome.headers().forEach((name, value) -> {
                if (value == null) {
                    message.removeHeader(name);
                } else {
                    message.setHeader(name, value);
                }
            });
        } catch (RuntimeException e) {
            exchange.setException(e);
        }
        callback.done(false);
    }

    private HuaweiOcrOperation operation(Message in) {
        Object header = in.getHeader(HuaweiOcrConstants.OPERATION);
        if (header == null) {
            return getEndpoint().getOcrOperation();
        }
        if (header instanceof HuaweiOcrOperation op) {
            return op;
        }
        try {
            return HuaweiOcrOperation.fromName(header.toString());
        } catch (IllegalArgumentException e) {
            throw new HuaweiOcrInputException("The " + HuaweiOcrConstants.OPERATION + " header: " + e.getMessage(), e);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            HuaweiOcrEndpoint endpoint = getEndpoint();
            HuaweiOcrConfiguration configuration = endpoint.getConfiguration();
            healthCheck = new HuaweiOcrProducerHealthCheck(endpoint.getId(), endpoint::getClient,
                    endpoint.getOcrOperation().uriName(), endpoint.getServiceUrl(),
                    configuration.getEnterpriseProjectId(),
                    Duration.ofMillis(configuration.getConnectTimeout() + configuration.getRequestTimeout()));
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }
}
