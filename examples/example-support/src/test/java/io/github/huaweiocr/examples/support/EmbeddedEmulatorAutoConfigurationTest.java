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
package io.github.huaweiocr.examples.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.camel.spi.ComponentCustomizer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.huaweiocr.camel.HuaweiOcrComponent;
import io.github.huaweiocr.camel.HuaweiOcrConfiguration;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;

class EmbeddedEmulatorAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedEmulatorAutoConfiguration.class))
            .withPropertyValues("example.emulator.engine=synthetic");

    @Test
    void startsTheEmulatorAndPointsTheComponentAtIt() {
        runner.run(context -> {
            HuaweiOcrEmulator emulator = context.getBean(HuaweiOcrEmulator.class);
            // Listening: an unknown path is answered the way Huawei's gateway answers it.
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/no-such-api")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).contains("APIG.0101");

            HuaweiOcrComponent component = new HuaweiOcrComponent();
            context.getBean(ComponentCustomizer.class).configure("huaweiocr", component);
            HuaweiOcrConfiguration configuration = component.getConfiguration();
            assertThat(configuration.getEndpoint()).isEqualTo(emulator.baseUrl());
            assertThat(configuration.getProjectId()).isEqualTo(emulator.projectId());
            assertThat(configuration.getAccessKey()).isEqualTo(emulator.accessKey());
            assertThat(configuration.getRegion()).isEqualTo(emulator.region());
        });
    }

    @Test
    void startsNoEmulatorInTheCloudProfile() {
        runner.withInitializer(context -> context.getEnvironment().addActiveProfile(CloudProfileActivator.PROFILE))
                .run(context -> assertThat(context).doesNotHaveBean(HuaweiOcrEmulator.class));
    }

    @Test
    void startsNoEmulatorWhenDisabled() {
        runner.withPropertyValues("example.emulator.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(HuaweiOcrEmulator.class));
    }
}
