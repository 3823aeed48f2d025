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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.SecurityPolicyResult;
import org.apache.camel.util.SecurityViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How each way of giving the secret key fares with Camel 4.22's startup security policy
 * ({@code camel.security.policy}, "warn" by default): every variant authenticates against the emulator, and only
 * a value that Spring hands over already resolved counts as a plain-text secret.
 */
class SecretSourcesTest {

    // The process environment's credentials (set by surefire): Camel's {{env:...}} reads the real environment.
    private static final String ACCESS_KEY = System.getenv("HUAWEICLOUD_SDK_AK");
    private static final String SECRET_KEY = System.getenv("HUAWEICLOUD_SDK_SK");
    private static final String SECRET_KEY_PROPERTY = "camel.component.huaweiocr.secret-key";

    private static final HuaweiOcrEmulator EMULATOR = new HuaweiOcrEmulator(EmulatorConfig.builder()
            .engine("synthetic").accessKey(ACCESS_KEY).secretKey(SECRET_KEY).build()).start();

    @AfterAll
    static void stopEmulator() {
        EMULATOR.stop();
    }

    @Test
    void theEnvironmentHoldsTheTestCredentials() {
        assertThat(ACCESS_KEY).as("HUAWEICLOUD_SDK_AK, set by the module's surefire configuration").isNotBlank();
        assertThat(SECRET_KEY).as("HUAWEICLOUD_SDK_SK, set by the module's surefire configuration").isNotBlank();
    }

    @Test
    void environmentVariablesBoundBySpringAreNotPlainTextSecrets() {
        // Relaxed binding: CAMEL_COMPONENT_HUAWEIOCR_SECRETKEY sets camel.component.huaweiocr.secret-key. The
        // property source is the one Spring Boot builds from the process environment, with these two variables.
        // No configuration file may name the keys: Camel's check looks up every camel.* name it finds in a file,
        // and Spring would answer with the variable's value.
        List<SecurityViolation> violations = runOneCall(Map.of("spring.config.name", "environment-only"), Map.of(
                "CAMEL_COMPONENT_HUAWEIOCR_ACCESSKEY", ACCESS_KEY,
                "CAMEL_COMPONENT_HUAWEIOCR_SECRETKEY", SECRET_KEY));

        assertThat(violations).isEmpty();
    }

    @Test
    void camelEnvPlaceholdersAreNotPlainTextSecrets() {
        List<SecurityViolation> violations = runOneCall(Map.of(
                "camel.component.huaweiocr.access-key", "{{env:HUAWEICLOUD_SDK_AK}}",
                SECRET_KEY_PROPERTY, "{{env:HUAWEICLOUD_SDK_SK}}"), Map.of());

        assertThat(violations).isEmpty();
    }

    @Test
    void aSpringPlaceholderIsResolvedBeforeTheCheckAndCountsAsPlainText() {
        List<SecurityViolation> violations = runOneCall(Map.of(
                "camel.component.huaweiocr.access-key", "${OCR_TEST_AK}",
                SECRET_KEY_PROPERTY, "${OCR_TEST_SK}"),
                Map.of("OCR_TEST_AK", ACCESS_KEY, "OCR_TEST_SK", SECRET_KEY));

        assertThat(violations).extracting(SecurityViolation::propertyKey).contains(SECRET_KEY_PROPERTY);
    }

    @Test
    void aPlainTextSecretInPropertiesIsReported() {
        List<SecurityViolation> violations = runOneCall(Map.of(
                "camel.component.huaweiocr.access-key", ACCESS_KEY,
                SECRET_KEY_PROPERTY, SECRET_KEY), Map.of());

        assertThat(violations).extracting(SecurityViolation::propertyKey).contains(SECRET_KEY_PROPERTY);
        assertThat(violations).extracting(SecurityViolation::toString)
                .noneMatch(text -> text.contains(SECRET_KEY));
    }

    /**
     * Starts {@link OcrApplication} with the given application properties and environment variables, sends one
     * image, and returns what Camel's security policy found at startup.
     */
    private static List<SecurityViolation> runOneCall(Map<String, Object> properties, Map<String, Object> environment) {
        Map<String, Object> applicationProperties = new HashMap<>(properties);
        applicationProperties.put("camel.component.huaweiocr.endpoint", EMULATOR.baseUrl());
        applicationProperties.put("camel.component.huaweiocr.region", EMULATOR.region());
        applicationProperties.put("camel.component.huaweiocr.project-id", EMULATOR.projectId());
        StandardEnvironment springEnvironment = new StandardEnvironment();
        springEnvironment.getPropertySources().addFirst(new MapPropertySource("test-properties", applicationProperties));
        springEnvironment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                // Spring applies its environment-variable naming rules to sources named like this one.
                new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environment));
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(OcrApplication.class)
                .web(WebApplicationType.NONE)
                .environment(springEnvironment)
                .run()) {
            String json = application.getBean(ProducerTemplate.class)
                    .requestBody("direct:recognise", TestImages.png(), String.class);
            assertThat(json).as("the call authenticated with the key given this way").contains("words_block_list");
            return application.getBean(SecurityPolicyResult.class).getViolations();
        }
    }
}
