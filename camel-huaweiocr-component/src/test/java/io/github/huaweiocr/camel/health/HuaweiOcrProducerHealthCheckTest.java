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

import java.net.ServerSocket;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.huaweiocr.camel.EmulatorUris;
import io.github.huaweiocr.camel.HuaweiOcrEndpoint;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer health check authenticates against the emulator without a billable call. */
class HuaweiOcrProducerHealthCheckTest extends CamelTestSupport {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    private static final String WRONG_SECRET = "wrong-secret-key-0123456789";

    private static int closedPort;

    @Override
    protected RouteBuilder createRouteBuilder() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:good").to(EmulatorUris.akSk(emulator, "idCard", ""));
                from("direct:badKey").to("huaweiocr:handwriting?endpoint=" + emulator.baseUrl() + "&projectId="
                                         + emulator.projectId() + "&accessKey=" + emulator.accessKey()
                                         + "&secretKey=RAW(" + WRONG_SECRET + ")&maxRetries=0");
                from("direct:unreachable").to("huaweiocr:webImage?endpoint=http://127.0.0.1:" + closedPort
                                              + "&projectId=p&accessKey=a&secretKey=b&maxRetries=0&connectTimeout=2000");
            }
        };
    }

    @Test
    void reportsUpWhenTheGatewayAuthenticatesTheProbeAndTheServiceRejectsIt() {
        HealthCheck.Result result = check("idCard");

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, "AIS.0101");
        // The probe is the only request, it went to general-text whatever the endpoint's operation, and it failed:
        // Huawei bills successful calls only.
        assertThat(emulator.admin().totalRequests()).isEqualTo(1);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(1);
        assertThat(emulator.admin().errors("AIS.0101")).isEqualTo(1);
        assertThat(emulator.admin().responses(200)).isZero();
    }

    @Test
    void reportsDownWithHuaweisErrorCodeWhenAuthenticationFails() {
        HealthCheck.Result result = check("handwriting");

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, "APIG.0301")
                .containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 401);
        assertThat(result.getMessage()).isPresent();
        assertThat(result.getMessage().get()).doesNotContain(WRONG_SECRET);
        assertThat(result.getDetails().toString()).doesNotContain(WRONG_SECRET);
    }

    @Test
    void reportsDownWhenTheServiceCannotBeReached() {
        HealthCheck.Result result = check("webImage");

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getError()).isPresent();
    }

    /** Runs the health check of the huaweiocr producer for {@code operation}, found through Camel's producer repository. */
    private HealthCheck.Result check(String operation) {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        assertThat(producers).isNotNull();
        producers.setEnabled(true);
        HuaweiOcrEndpoint endpoint = context.getEndpoints().stream().filter(HuaweiOcrEndpoint.class::isInstance)
                .map(HuaweiOcrEndpoint.class::cast).filter(e -> e.getOperation().equals(operation)).findFirst()
                .orElseThrow();
        HealthCheck check = producers.getCheck("producer:huaweiocr-" + endpoint.getId()).orElseThrow();
        assertThat(check.isReadiness()).isTrue();
        assertThat(check.isLiveness()).isFalse();
        return check.call();
    }
}
