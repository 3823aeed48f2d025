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
package io.github.huaweiocr.compat.boot4;

import java.io.IOException;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.SecurityPolicyResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link OcrApplication} on Spring Boot 4 and camel-spring-boot 4.22, built from camel-spring-boot-bom and the
 * starter alone, against the emulator. The component is configured only by properties, with its credentials from
 * the environment (surefire sets {@code HUAWEICLOUD_SDK_AK}/{@code HUAWEICLOUD_SDK_SK}; the emulator accepts
 * exactly those), and its routes come from the YAML DSL. The component and reactor-netty log at TRACE and Camel at
 * DEBUG, so that the secret-key check searches everything they print.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = OcrApplication.class, properties = {
        "logging.level.io.github.huaweiocr=TRACE",
        "logging.level.org.apache.camel=DEBUG",
        "logging.level.reactor.netty=TRACE",
        // Camel core prints resolved {{...}} placeholder values at DEBUG, unmasked (docs/authentication.md).
        "logging.level.org.apache.camel.component.properties=INFO",
        "logging.level.org.apache.camel.spring.boot.SpringPropertiesParser=INFO",
        "logging.level.org.apache.camel.impl.engine.DefaultCamelContextExtension=INFO"})
class Boot4ApplicationTest {

    private static final HuaweiOcrEmulator EMULATOR = new HuaweiOcrEmulator(EmulatorConfig.builder()
            .engine("synthetic").unsubscribe("web-image")
            .accessKey(requiredEnv("HUAWEICLOUD_SDK_AK")).secretKey(requiredEnv("HUAWEICLOUD_SDK_SK"))
            .build()).start();

    @DynamicPropertySource
    static void pointTheComponentAtTheEmulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.huaweiocr.endpoint", EMULATOR::baseUrl);
        registry.add("camel.component.huaweiocr.region", EMULATOR::region);
        registry.add("camel.component.huaweiocr.project-id", EMULATOR::projectId);
    }

    @AfterAll
    static void stopEmulator() {
        EMULATOR.stop();
    }

    @Autowired
    private ProducerTemplate template;

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private HealthEndpoint health;

    @Autowired
    private SecurityPolicyResult securityPolicy;

    @Test
    void recognisesThroughTheYamlRouteAndMetersTheCall() {
        String json = template.requestBody("direct:recognise", TestImages.png(), String.class);

        assertThat(json).contains("words_block_list");
        assertThat(meters.get("huaweiocr.calls").tag("operation", "generalText").tag("outcome", "success")
                .counter().count()).isEqualTo(1.0);
        assertThat(meters.get("huaweiocr.latency").tag("operation", "generalText").tag("outcome", "success")
                .timer().count()).isEqualTo(1);
    }

    @Test
    void metersAFailedCallByHuaweiErrorCode() {
        byte[] image = TestImages.png();
        assertThatThrownBy(() -> template.requestBody("direct:webImage", image))
                .isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(HuaweiOcrServiceException.class);

        assertThat(meters.get("huaweiocr.errors").tag("operation", "webImage").tag("error.code", "ModelArts.4204")
                .counter().count()).isEqualTo(1.0);
        assertThat(meters.get("huaweiocr.calls").tag("operation", "webImage").tag("outcome", "failure")
                .counter().count()).isEqualTo(1.0);
        assertThat(meters.get("huaweiocr.latency").tag("operation", "webImage").tag("outcome", "failure")
                .timer().count()).isEqualTo(1);
    }

    @Test
    void actuatorHealthShowsTheEndpointCheckUp() throws IOException {
        // The endpoint exists once its route has started; its producer check is on by the starter's default.
        String report = new ObjectMapper().writeValueAsString(health.health());

        assertThat(report).contains("producer:huaweiocr-");
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
    }

    @Test
    void credentialsFromTheEnvironmentRaiseNoSecurityWarningAndNeverReachTheLogs(CapturedOutput output) {
        template.requestBody("direct:recognise", TestImages.png(), String.class);

        // The policy check ran (the result is its record) and found nothing: no plain-text secret anywhere.
        assertThat(securityPolicy.getViolations()).isEmpty();
        assertThat(output.getAll()).doesNotContain("SECURITY WARNING")
                .contains("huaweiocr") // the TRACE output of the call is there to be searched
                .doesNotContain(EMULATOR.secretKey());
    }

    @Test
    void runsOnTheApplicationsCamelAndSpringBootVersions() {
        Map<String, String> camelJars = CamelJars.versions(getClass().getClassLoader());

        assertThat(camelJars).containsKeys("camel-support", "camel-health", "camel-api", "camel-management-api",
                "camel-xml-jaxp-util", "camel-core-engine", "camel-spring-boot", "camel-yaml-dsl");
        assertThat(camelJars).allSatisfy((artifact, version) -> assertThat(version).as(artifact).isEqualTo("4.22.0"));
        assertThat(camelContext.getVersion()).isEqualTo("4.22.0");
        assertThat(SpringBootVersion.getVersion()).startsWith("4.0.");
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set (the module's surefire configuration sets it)");
        }
        return value;
    }
}
