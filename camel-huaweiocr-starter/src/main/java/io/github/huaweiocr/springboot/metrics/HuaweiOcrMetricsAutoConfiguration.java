package io.github.huaweiocr.springboot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.huaweiocr.camel.HuaweiOcrComponent;

/**
 * Registers {@link HuaweiOcrMetricsEventNotifier} when the application has Micrometer and a {@link MeterRegistry}
 * (Spring Boot Actuator provides one). Camel picks the notifier up from the context before it starts. Individual
 * meters can be turned off the usual way, e.g. {@code management.metrics.enable.huaweiocr=false}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, HuaweiOcrComponent.class})
@ConditionalOnBean(MeterRegistry.class)
public class HuaweiOcrMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public HuaweiOcrMetricsEventNotifier huaweiOcrMetricsEventNotifier(MeterRegistry registry) {
        return new HuaweiOcrMetricsEventNotifier(registry);
    }
}
