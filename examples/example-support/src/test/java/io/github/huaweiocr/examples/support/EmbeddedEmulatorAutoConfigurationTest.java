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
