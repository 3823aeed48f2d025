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

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.huaweiocr.camel.HuaweiOcrComponent;
import io.github.huaweiocr.camel.HuaweiOcrConfiguration;
import io.github.huaweiocr.camel.auth.AuthMode;
import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.auth.CredentialsProvider;
import io.github.huaweiocr.camel.obs.ObsInputMode;
import io.github.huaweiocr.camel.result.OutputType;
import io.github.huaweiocr.springboot.metrics.HuaweiOcrMetricsAutoConfiguration;
import io.github.huaweiocr.springboot.metrics.HuaweiOcrMetricsEventNotifier;

class HuaweiOcrComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, HuaweiOcrComponentConverter.class,
                    HuaweiOcrComponentAutoConfiguration.class, HuaweiOcrMetricsAutoConfiguration.class));

    private static HuaweiOcrConfiguration componentConfiguration(org.springframework.context.ApplicationContext ctx) {
        return ctx.getBean(CamelContext.class).getComponent("huaweiocr", HuaweiOcrComponent.class).getConfiguration();
    }

    @Test
    void copiesEveryKindOfPropertyOntoTheComponent() {
        runner.withPropertyValues(
                "camel.component.huaweiocr.region=cn-east-3",
                "camel.component.huaweiocr.endpoint=http://127.0.0.1:18080",
                "camel.component.huaweiocr.project-id=0123456789abcdef0123456789abcdef",
                "camel.component.huaweiocr.access-key=AKEXAMPLE",
                "camel.component.huaweiocr.secret-key=sk-example",
                "camel.component.huaweiocr.auth-mode=TOKEN",
                "camel.component.huaweiocr.output-type=JSON",
                "camel.component.huaweiocr.max-retries=7",
                "camel.component.huaweiocr.connect-timeout=2s",
                "camel.component.huaweiocr.retry-initial-delay=250",
                "camel.component.huaweiocr.proxy-port=3128",
                "camel.component.huaweiocr.obs-input-mode=DOWNLOAD",
                "camel.component.huaweiocr.obs-url-expiry=1m",
                "camel.component.huaweiocr.confidence-threshold=0.8")
                .run(context -> {
                    HuaweiOcrConfiguration configuration = componentConfiguration(context);
                    assertThat(configuration.getRegion()).isEqualTo("cn-east-3");
                    assertThat(configuration.getEndpoint()).isEqualTo("http://127.0.0.1:18080");
                    assertThat(configuration.getProjectId()).isEqualTo("0123456789abcdef0123456789abcdef");
                    assertThat(configuration.getAccessKey()).isEqualTo("AKEXAMPLE");
                    assertThat(configuration.getSecretKey()).isEqualTo("sk-example");
                    assertThat(configuration.getAuthMode()).isEqualTo(AuthMode.TOKEN);
                    assertThat(configuration.getOutputType()).isEqualTo(OutputType.JSON);
                    assertThat(configuration.getMaxRetries()).isEqualTo(7);
                    assertThat(configuration.getConnectTimeout()).isEqualTo(2000);
                    assertThat(configuration.getRetryInitialDelay()).isEqualTo(250);
                    assertThat(configuration.getProxyPort()).isEqualTo(3128);
                    assertThat(configuration.getObsInputMode()).isEqualTo(ObsInputMode.DOWNLOAD);
                    assertThat(configuration.getObsUrlExpiry()).isEqualTo(60_000);
                    assertThat(configuration.getConfidenceThreshold()).isEqualTo(0.8);
                });
    }

    @Test
    void resolvesBeanReferencesForObjectOptions() {
        CredentialsProvider rotating = () -> new Credentials("AKROTATING", "rotating-secret");
        runner.withBean("rotatingKeys", CredentialsProvider.class, () -> rotating)
                .withPropertyValues("camel.component.huaweiocr.credentials-provider=#bean:rotatingKeys")
                .run(context -> assertThat(componentConfiguration(context).getCredentialsProvider())
                        .isSameAs(rotating));
    }

    @Test
    void leavesTheComponentAloneWhenDisabled() {
        runner.withPropertyValues("camel.component.huaweiocr.enabled=false",
                        "camel.component.huaweiocr.region=cn-east-3", "camel.component.huaweiocr.max-retries=7")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(HuaweiOcrComponentAutoConfiguration.class);
                    HuaweiOcrConfiguration configuration = componentConfiguration(context);
                    assertThat(configuration.getRegion()).isNull();
                    assertThat(configuration.getMaxRetries()).isEqualTo(new HuaweiOcrConfiguration().getMaxRetries());
                });
    }

    @Test
    void registersTheMetricsNotifierWhenAMeterRegistryExists() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    assertThat(context).hasSingleBean(HuaweiOcrMetricsEventNotifier.class);
                    assertThat(context.getBean(CamelContext.class).getManagementStrategy().getEventNotifiers())
                            .contains(context.getBean(HuaweiOcrMetricsEventNotifier.class));
                });
    }

    @Test
    void registersNoMetricsNotifierWhenTheComponentIsDisabled() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("camel.component.huaweiocr.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(HuaweiOcrMetricsEventNotifier.class);
                    assertThat(context.getBean(CamelContext.class).getManagementStrategy().getEventNotifiers())
                            .noneMatch(HuaweiOcrMetricsEventNotifier.class::isInstance);
                });
    }

    @Test
    void registersNoMetricsNotifierWhenAllComponentsAreDisabled() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("camel.component.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(HuaweiOcrMetricsEventNotifier.class));
    }

    @Test
    void registersTheMetricsNotifierWhenTheComponentIsEnabledAgainstTheGlobalSwitch() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("camel.component.enabled=false", "camel.component.huaweiocr.enabled=true")
                .run(context -> {
                    assertThat(context).hasSingleBean(HuaweiOcrComponentAutoConfiguration.class);
                    assertThat(context).hasSingleBean(HuaweiOcrMetricsEventNotifier.class);
                });
    }

    @Test
    void registersNoMetricsWithoutAMeterRegistry() {
        runner.run(context -> assertThat(context).doesNotHaveBean(HuaweiOcrMetricsEventNotifier.class));
    }

    @Test
    void registersNoMetricsWithoutMicrometerOnTheClasspath() {
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(HuaweiOcrMetricsEventNotifier.class);
                    assertThat(componentConfiguration(context)).isNotNull();
                });
    }
}
