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

import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

import io.github.huaweiocr.camel.HuaweiOcrComponent;
import io.github.huaweiocr.camel.HuaweiOcrConfiguration;
import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.springboot.HuaweiOcrComponentAutoConfiguration;

/**
 * Starts the Huawei OCR emulator in the application's JVM and points the {@code huaweiocr} component at it
 * (endpoint, region, project id, access key and secret key), so that an example runs with no cloud account. Not
 * active in the {@value CloudProfileActivator#PROFILE} profile, nor with {@code example.emulator.enabled=false}.
 */
@AutoConfiguration(after = HuaweiOcrComponentAutoConfiguration.class)
@Profile("!" + CloudProfileActivator.PROFILE)
@ConditionalOnProperty(prefix = "example.emulator", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedEmulatorProperties.class)
public class EmbeddedEmulatorAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEmulatorAutoConfiguration.class);

    /** Started when the bean is created, so it listens before Camel starts any route. */
    @Bean(destroyMethod = "stop")
    public HuaweiOcrEmulator huaweiOcrEmulator(EmbeddedEmulatorProperties properties) {
        EmulatorConfig config = EmulatorConfig.builder().port(properties.getPort()).engine(properties.getEngine())
                .build();
        HuaweiOcrEmulator emulator = new HuaweiOcrEmulator(config).start();
        LOG.info("Huawei OCR emulator ({} engine) listening on {}; no call leaves this machine", config.engine(),
                emulator.baseUrl());
        return emulator;
    }

    /** Applied after the starter's customizer, so the emulator's address wins over any configured endpoint. */
    @Bean
    public ComponentCustomizer huaweiOcrEmulatorCustomizer(HuaweiOcrEmulator emulator) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                HuaweiOcrConfiguration configuration = ((HuaweiOcrComponent) target).getConfiguration();
                configuration.setEndpoint(emulator.baseUrl());
                configuration.setIamEndpoint(emulator.baseUrl());
                configuration.setRegion(emulator.region());
                configuration.setProjectId(emulator.projectId());
                configuration.setAccessKey(emulator.accessKey());
                configuration.setSecretKey(emulator.secretKey());
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof HuaweiOcrComponent;
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }
        };
    }
}
