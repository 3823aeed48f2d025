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
package io.github.huaweiocr.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.faults.FaultSpec;

/**
 * The starter in a Spring Boot application with Actuator, calling the emulator over HTTP: properties configure the
 * component, Micrometer counts calls, errors and retries per operation, and Camel's producer health check of the
 * endpoint shows in Actuator's health.
 */
@SpringBootTest(classes = HuaweiOcrStarterEmulatorTest.Application.class, properties = {
        "camel.health.exposure-level=full",
        "management.endpoint.health.show-details=always",
        "camel.component.huaweiocr.max-retries=2",
        "camel.component.huaweiocr.retry-initial-delay=50ms"})
class HuaweiOcrStarterEmulatorTest {

    private static final HuaweiOcrEmulator EMULATOR = new HuaweiOcrEmulator(EmulatorConfig.builder()
            .engine("synthetic").unsubscribe("web-image").build()).start();

    @DynamicPropertySource
    static void pointTheComponentAtTheEmulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.huaweiocr.endpoint", EMULATOR::baseUrl);
        registry.add("camel.component.huaweiocr.region", EMULATOR::region);
        registry.add("camel.component.huaweiocr.project-id", EMULATOR::projectId);
        registry.add("camel.component.huaweiocr.access-key", EMULATOR::accessKey);
        registry.add("camel.component.huaweiocr.secret-key", EMULATOR::secretKey);
    }

    @AfterAll
    static void stopEmulator() {
        EMULATOR.stop();
    }

    @Autowired
    private ProducerTemplate template;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private HealthEndpoint health;

    @Test
    void recognisesAnImageWithTheConfiguredComponentAndCountsTheCall() throws IOException {
        String json = template.requestBody("direct:generalText", png(), String.class);

        assertThat(json).contains("words_block_list");
        assertThat(meters.get("huaweiocr.calls").tag("operation", "generalText").tag("outcome", "success").counter()
                .count()).isEqualTo(1.0);
        assertThat(meters.get("huaweiocr.latency").tag("operation", "generalText").timer().count()).isEqualTo(1);
    }

    @Test
    void countsFailedCallsByHuaweiErrorCode() throws IOException {
        byte[] image = png();
        assertThatThrownBy(() -> template.requestBody("direct:webImage", image))
                .isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(HuaweiOcrServiceException.class);

        assertThat(meters.get("huaweiocr.errors").tag("operation", "webImage").tag("error.code", "ModelArts.4204")
                .counter().count()).isEqualTo(1.0);
        assertThat(meters.get("huaweiocr.calls").tag("operation", "webImage").tag("outcome", "failure").counter()
                .count()).isEqualTo(1.0);
    }

    @Test
    void countsRetriesOfARecoveredCall() throws IOException {
        EMULATOR.services().inject(FaultSpec.backendTimeout().operation("handwriting").nextCalls(1));

        template.requestBody("direct:handwriting", png(), String.class);

        assertThat(meters.get("huaweiocr.retries").tag("operation", "handwriting").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("huaweiocr.calls").tag("operation", "handwriting").tag("outcome", "success").counter()
                .count()).isEqualTo(1.0);
    }

    @Test
    void showsTheEndpointHealthCheckInActuatorHealthByDefault() throws IOException {
        String report = new ObjectMapper().writeValueAsString(health.health());

        assertThat(report).contains("producer:huaweiocr-");
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(320, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.fillRect(0, 0, 320, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Configuration
    @EnableAutoConfiguration
    static class Application {

        @Bean
        RouteBuilder ocrRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:generalText").to("huaweiocr:generalText?outputType=JSON");
                    from("direct:webImage").to("huaweiocr:webImage");
                    from("direct:handwriting").to("huaweiocr:handwriting?outputType=JSON");
                }
            };
        }
    }
}
