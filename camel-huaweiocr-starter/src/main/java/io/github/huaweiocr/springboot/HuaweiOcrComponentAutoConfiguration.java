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

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

import io.github.huaweiocr.camel.HuaweiOcrComponent;

/**
 * Applies the {@code camel.component.huaweiocr.*} properties to the {@code huaweiocr} component when Camel creates
 * it, the way camel-spring-boot's generated starters do: a {@link ComponentCustomizer} copies every property that is
 * set onto the component's configuration, so endpoints inherit them and may still override each one in their URI.
 * Off with {@code camel.component.huaweiocr.enabled=false} (or {@code camel.component.enabled=false}).
 */
@AutoConfiguration(after = {CamelAutoConfiguration.class, HuaweiOcrComponentConverter.class})
@ConditionalOnClass(HuaweiOcrComponent.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, HuaweiOcrComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.huaweiocr"})
public class HuaweiOcrComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final HuaweiOcrComponentConfiguration configuration;

    public HuaweiOcrComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
                                               HuaweiOcrComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    /** Copies the bound properties onto the component; lazy so that it is built only when the component is. */
    @Lazy
    @Bean
    public ComponentCustomizer configureHuaweiOcrComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.huaweiocr.customizer") && target instanceof HuaweiOcrComponent;
            }
        };
    }
}
