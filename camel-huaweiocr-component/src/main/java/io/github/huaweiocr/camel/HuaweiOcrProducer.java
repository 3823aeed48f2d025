package io.github.huaweiocr.camel;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import reactor.core.publisher.Mono;

import io.github.huaweiocr.camel.client.OcrCall;
import io.github.huaweiocr.camel.client.OcrResponse;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.health.HuaweiOcrProducerHealthCheck;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.result.OcrOutput;
import io.github.huaweiocr.camel.result.OutputType;

/**
 * Sends each message to Huawei OCR without holding a thread: the exchange is completed from the HTTP response. The
 * message is turned into a call by {@link OcrCallFactory} (which rejects bad input before anything is sent) and the
 * response into a body by {@link OcrOutput}; this class only moves values between them and the exchange.
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
        HuaweiOcrOperation operation;
        OcrCall call;
        try {
            operation = operation(in);
            call = getEndpoint().getCallFactory().create(operation, in.getBody(),
                    in.getHeader(HuaweiOcrConstants.IMAGE_URL), in.getHeader(HuaweiOcrConstants.PARAMETERS));
        } catch (RuntimeException e) {
            // Nothing was sent: complete synchronously.
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        OutputType outputType = getEndpoint().getConfiguration().getOutputType();
        getEndpoint().getClient().recognize(call)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("The OCR client completed without an answer")))
                .subscribe(response -> complete(exchange, callback, operation, outputType, call, response),
                        error -> {
                            exchange.setException(error);
                            callback.done(false);
                        });
        return false;
    }

    private static void complete(Exchange exchange, AsyncCallback callback, HuaweiOcrOperation operation,
                                 OutputType outputType, OcrCall call, OcrResponse response) {
        try {
            OcrOutput output = OcrOutput.of(outputType, operation, response);
            Message message = exchange.getMessage();
            message.setBody(output.body());
            message.setHeader(HuaweiOcrConstants.OPERATION, operation.uriName());
            message.setHeader(HuaweiOcrConstants.REQUEST_ID, output.requestId());
            message.setHeader(HuaweiOcrConstants.ATTEMPTS, output.attempts());
            if (call.document() instanceof DocumentSource.Bytes bytes) {
                message.setHeader(HuaweiOcrConstants.IMAGE_FORMAT, bytes.format().name());
            }
            if (output.minConfidence().isPresent()) {
                message.setHeader(HuaweiOcrConstants.MIN_CONFIDENCE, output.minConfidence().getAsDouble());
            } else {
                message.removeHeader(HuaweiOcrConstants.MIN_CONFIDENCE);
            }
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
            healthCheck = new HuaweiOcrProducerHealthCheck(getEndpoint(), getEndpoint().getId());
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
