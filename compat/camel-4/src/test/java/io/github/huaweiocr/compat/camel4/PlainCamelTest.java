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
package io.github.huaweiocr.compat.camel4;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.HuaweiOcrComponent;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The component alone in a plain Camel 4.22 context (no Spring), built from camel-bom 4.22 and the component:
 * configured in Java at component level, calling the emulator, reporting errors as typed exceptions, and running
 * on the application's Camel modules only.
 */
class PlainCamelTest {

    private static final Pattern CAMEL_JAR = Pattern.compile("/org/apache/camel/([^/]+)/([^/]+)/[^/]+\\.jar!");

    private static final HuaweiOcrEmulator EMULATOR = new HuaweiOcrEmulator(EmulatorConfig.builder()
            .engine("synthetic").unsubscribe("web-image").build()).start();

    @AfterAll
    static void stopEmulator() {
        EMULATOR.stop();
    }

    @Test
    void recognisesAnImageAndReportsAnUnsubscribedApiAsAServiceError() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("huaweiocr", componentForTheEmulator());
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:text").to("huaweiocr:generalText?outputType=JSON");
                    from("direct:webImage").to("huaweiocr:webImage");
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();

            assertThat(template.requestBody("direct:text", png(), String.class)).contains("words_block_list");
            byte[] image = png();
            assertThatThrownBy(() -> template.requestBody("direct:webImage", image))
                    .isInstanceOf(CamelExecutionException.class)
                    .cause().isInstanceOf(HuaweiOcrServiceException.class)
                    .hasMessageContaining("ModelArts.4204");
            assertThat(camel.getVersion()).isEqualTo("4.22.0");
        }
    }

    @Test
    void theEndpointHealthCheckAuthenticatesWithoutBeingBilledAndIsUp() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("huaweiocr", componentForTheEmulator());
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:text").to("huaweiocr:generalText");
                }
            });
            camel.start();

            HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(camel, "producers");
            assertThat(producers).as("Camel's producer health checks (camel-health)").isNotNull();
            producers.setEnabled(true);
            List<HealthCheck> checks = producers.stream()
                    .filter(check -> check.getId().startsWith("producer:huaweiocr-")).toList();

            assertThat(checks).hasSize(1);
            assertThat(checks.get(0).call().getState()).isEqualTo(HealthCheck.State.UP);
        }
    }

    @Test
    void everyCamelModuleIsTheApplicationsCamelVersion() throws IOException {
        Map<String, String> camelJars = new TreeMap<>();
        for (URL manifest : Collections.list(getClass().getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
            Matcher jar = CAMEL_JAR.matcher(manifest.toString());
            if (jar.find()) {
                camelJars.put(jar.group(1), jar.group(2));
            }
        }

        assertThat(camelJars).containsKeys("camel-support", "camel-health", "camel-api", "camel-core-engine");
        assertThat(camelJars).allSatisfy((artifact, version) -> assertThat(version).as(artifact).isEqualTo("4.22.0"));
    }

    private static HuaweiOcrComponent componentForTheEmulator() {
        HuaweiOcrComponent ocr = new HuaweiOcrComponent();
        ocr.getConfiguration().setEndpoint(EMULATOR.baseUrl());
        ocr.getConfiguration().setRegion(EMULATOR.region());
        ocr.getConfiguration().setProjectId(EMULATOR.projectId());
        ocr.getConfiguration().setAccessKey(EMULATOR.accessKey());
        ocr.getConfiguration().setSecretKey(EMULATOR.secretKey());
        return ocr;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(320, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
