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
