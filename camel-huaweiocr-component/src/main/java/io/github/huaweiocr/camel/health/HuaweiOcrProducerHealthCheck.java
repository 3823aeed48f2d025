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
package io.github.huaweiocr.camel.health;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import io.github.huaweiocr.camel.client.OcrCall;
import io.github.huaweiocr.camel.client.OcrClient;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.error.HuaweiOcrTransportException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * Checks that a huaweiocr endpoint can reach Huawei OCR and authenticate, without being billed: it posts an empty
 * request to general-text. The gateway authenticates it and the service rejects it with {@code AIS.0101} (no image),
 * and Huawei bills only successful calls. AIS.0101 therefore means UP; an authentication, gateway or network failure
 * means DOWN, reported with Huawei's error code and the remediation hint, never a credential.
 *
 * <p>When the replicas share the quota through a store that cannot be reached, the check stays UP (the node keeps
 * working, pacing on its own) and says so in the detail {@value #QUOTA_STORE} and its message.
 */
public class HuaweiOcrProducerHealthCheck extends AbstractHealthCheck {

    /** The error the probe expects: the request was authenticated and then refused for having no image. */
    public static final String EXPECTED_ERROR_CODE = "AIS.0101";

    /** Detail naming the shared quota store's problem, present only while it cannot be reached. */
    public static final String QUOTA_STORE = "quotaStore";

    private final Supplier<OcrClient> client;
    private final Supplier<Optional<String>> quotaStoreProblem;
    private final String operationName;
    private final String serviceUrl;
    private final String enterpriseProjectId;
    private final Duration timeout;

    /**
     * @param client              the endpoint's client while it is started, else null
     * @param operationName       the endpoint's operation, reported as a detail
     * @param serviceUrl          where calls go, reported as a detail (null when a client was injected)
     * @param enterpriseProjectId sent with the probe when not null
     * @param timeout             how long the probe may take
     * @param quotaStoreProblem   why the shared quota store is not used right now, or empty
     */
    public HuaweiOcrProducerHealthCheck(String endpointId, Supplier<OcrClient> client, String operationName,
                                        String serviceUrl, String enterpriseProjectId, Duration timeout,
                                        Supplier<Optional<String>> quotaStoreProblem) {
        super("camel", "producer:huaweiocr-" + endpointId);
        this.client = client;
        this.operationName = operationName;
        this.serviceUrl = serviceUrl;
        this.enterpriseProjectId = enterpriseProjectId;
        this.timeout = timeout;
        this.quotaStoreProblem = quotaStoreProblem;
    }

    @Override
    public boolean isLiveness() {
        // A cloud service being unreachable is not a reason to restart this process.
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        OcrClient started = client.get();
        if (started == null) {
            builder.down().message("The endpoint is not started");
            return;
        }
        builder.detail("operation", operationName);
        if (serviceUrl != null) {
            builder.detail("serviceUrl", serviceUrl);
        }
        quotaStoreProblem.get().ifPresent(problem -> builder.detail(QUOTA_STORE, problem).message(problem));
        OcrCall probe = new OcrCall(HuaweiOcrOperation.GENERAL_TEXT, null, Map.of(), enterpriseProjectId);
        try {
            started.recognize(probe).block(timeout);
            builder.up();
        } catch (HuaweiOcrServiceException e) {
            builder.detail(SERVICE_STATUS_CODE, e.getStatusCode());
            builder.detail(SERVICE_ERROR_CODE, e.getErrorCode());
            if (EXPECTED_ERROR_CODE.equals(e.getErrorCode())) {
                builder.up();
            } else {
                if (e.getRequestId() != null) {
                    builder.detail("requestId", e.getRequestId());
                }
                builder.down().message(e.getMessage()).error(e);
            }
        } catch (HuaweiOcrTransportException e) {
            builder.down().message(e.getMessage()).error(e);
        } catch (RuntimeException e) {
            builder.down().message("Health probe failed: " + e.getMessage()).error(e);
        }
    }
}
