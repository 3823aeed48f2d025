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
package io.github.huaweiocr.camel;

import java.time.Duration;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;

import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.health.HuaweiOcrProducerHealthCheck;
import io.github.huaweiocr.camel.job.Assembler;
import io.github.huaweiocr.camel.job.OcrJob;
import io.github.huaweiocr.camel.job.OcrOutcome;
import io.github.huaweiocr.camel.job.Recognized;
import io.github.huaweiocr.camel.job.Runner;

/**
 * Sends each message to Huawei OCR without holding a thread: the exchange is completed from the HTTP response(s).
 * It reads as binding -> run -> assemble -> binding: {@link ExchangeBinding} turns the message into a typed job,
 * the {@link Runner} carries out its calls (one, or one per PDF page or batch item), the {@link Assembler} turns
 * the answers into a typed outcome, and the binding writes it back.
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
        HuaweiOcrEndpoint endpoint = getEndpoint();
        Message message = exchange.getMessage();
        OcrJob job;
        try {
            job = endpoint.getBinding().job(message);
        } catch (RuntimeException e) {
            // Nothing was sent: complete synchronously.
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        endpoint.getRunner().run(job, endpoint.getClient()).subscribe(new Completion(exchange, callback, endpoint, job));
        return false;
    }

    /**
     * Completes the exchange from the job's answer: assembles the outcome and writes it on the message, or sets the
     * failure. One subscriber does what {@code map}, {@code switchIfEmpty} and a lambda subscriber would, for every
     * message. An empty completion would leave the exchange waiting for ever, so it is a failure too.
     */
    private static final class Completion implements CoreSubscriber<Recognized> {

        private final Exchange exchange;
        private final AsyncCallback callback;
        private final HuaweiOcrEndpoint endpoint;
        private final OcrJob job;
        private boolean answered;

        Completion(Exchange exchange, AsyncCallback callback, HuaweiOcrEndpoint endpoint, OcrJob job) {
            this.exchange = exchange;
            this.callback = callback;
            this.endpoint = endpoint;
            this.job = job;
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Recognized recognized) {
            answered = true;
            try {
                OcrOutcome outcome = endpoint.getAssembler().outcome(job.operation(), recognized);
                endpoint.getBinding().apply(outcome, exchange.getMessage());
            } catch (RuntimeException e) {
                exchange.setException(e);
            }
            callback.done(false);
        }

        @Override
        public void onError(Throwable error) {
            exchange.setException(error);
            callback.done(false);
        }

        @Override
        public void onComplete() {
            if (!answered) {
                exchange.setException(new HuaweiOcrException("Huawei OCR produced no answer for this message"));
                callback.done(false);
            }
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
                    Duration.ofMillis(configuration.getConnectTimeout() + configuration.getRequestTimeout()),
                    endpoint::quotaStoreProblem);
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
