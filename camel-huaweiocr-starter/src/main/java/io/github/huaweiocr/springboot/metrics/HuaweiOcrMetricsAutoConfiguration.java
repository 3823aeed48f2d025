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
package io.github.huaweiocr.springboot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.huaweiocr.camel.HuaweiOcrComponent;
import io.github.huaweiocr.springboot.HuaweiOcrComponentAutoConfiguration;

/**
 * Registers {@link HuaweiOcrMetricsEventNotifier} when the application has Micrometer and a {@link MeterRegistry}
 * (Spring Boot Actuator provides one). Camel picks the notifier up from the context before it starts. Individual
 * meters can be turned off the usual way, e.g. {@code management.metrics.enable.huaweiocr=false}. Follows the
 * component's auto-configuration: off with it ({@code camel.component.huaweiocr.enabled=false}, or
 * {@code camel.component.enabled=false}, or no Camel context), so a disabled component leaves no trace. Ordered
 * after the meter registry auto-configurations of both Spring Boot 3 and Spring Boot 4, named as strings because
 * each line has only its own.
 */
@AutoConfiguration(after = HuaweiOcrComponentAutoConfiguration.class, afterName = {
        // Spring Boot 3: the meter registries come from spring-boot-actuator-autoconfigure.
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
        // Spring Boot 4 moved them to spring-boot-micrometer-metrics. Without these names the registry condition
        // below is evaluated before any registry exists, and no meter is ever registered.
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, HuaweiOcrComponent.class})
// The component auto-configuration's own conditions decide, so the two can never disagree.
@ConditionalOnBean({MeterRegistry.class, HuaweiOcrComponentAutoConfiguration.class})
public class HuaweiOcrMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public HuaweiOcrMetricsEventNotifier huaweiOcrMetricsEventNotifier(MeterRegistry registry) {
        return new HuaweiOcrMetricsEventNotifier(registry);
    }
}
