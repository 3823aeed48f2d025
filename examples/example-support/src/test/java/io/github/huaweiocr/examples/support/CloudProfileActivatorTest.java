package io.github.huaweiocr.examples.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class CloudProfileActivatorTest {

    private static MockEnvironment credentials() {
        return new MockEnvironment()
                .withProperty(CloudProfileActivator.ACCESS_KEY, "AKEXAMPLE")
                .withProperty(CloudProfileActivator.SECRET_KEY, "sk-example")
                .withProperty(CloudProfileActivator.PROJECT_ID, "0123456789abcdef0123456789abcdef");
    }

    private static MockEnvironment activate(MockEnvironment environment) {
        new CloudProfileActivator().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void activatesTheCloudProfileWithCredentialsAndARegion() {
        MockEnvironment environment = activate(credentials().withProperty(CloudProfileActivator.REGION, "cn-north-4"));

        assertThat(environment.getActiveProfiles()).contains(CloudProfileActivator.PROFILE);
    }

    @Test
    void acceptsTheRegionAsAComponentProperty() {
        MockEnvironment environment = activate(credentials()
                .withProperty("camel.component.huaweiocr.region", "ap-southeast-1"));

        assertThat(environment.getActiveProfiles()).contains(CloudProfileActivator.PROFILE);
    }

    @Test
    void staysOnTheEmulatorWithoutARegion() {
        assertThat(activate(credentials()).getActiveProfiles()).doesNotContain(CloudProfileActivator.PROFILE);
    }

    @Test
    void staysOnTheEmulatorWhenACredentialIsMissing() {
        MockEnvironment environment = activate(new MockEnvironment()
                .withProperty(CloudProfileActivator.ACCESS_KEY, "AKEXAMPLE")
                .withProperty(CloudProfileActivator.PROJECT_ID, "0123456789abcdef0123456789abcdef")
                .withProperty(CloudProfileActivator.REGION, "cn-north-4"));

        assertThat(environment.getActiveProfiles()).doesNotContain(CloudProfileActivator.PROFILE);
    }

    @Test
    void runsBeforeTheConfigurationFilesAreRead() {
        assertThat(new CloudProfileActivator().getOrder())
                .isLessThan(org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor.ORDER);
    }
}
