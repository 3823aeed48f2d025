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

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Switches an example from the embedded emulator to real Huawei Cloud by activating the {@value #PROFILE} profile
 * when the credentials of Huawei's SDKs are in the environment ({@value #ACCESS_KEY}, {@value #SECRET_KEY},
 * {@value #PROJECT_ID}) together with a region ({@value #REGION} or {@code camel.component.huaweiocr.region}).
 * Setting the profile by hand ({@code --spring.profiles.active=cloud}) works as well.
 * <p>
 * It runs before the configuration files are read, so that {@code application-cloud.properties} is loaded; the
 * region therefore has to come from the environment, a system property or the command line.
 */
public class CloudProfileActivator implements EnvironmentPostProcessor, Ordered {

    public static final String PROFILE = "cloud";
    public static final String ACCESS_KEY = "HUAWEICLOUD_SDK_AK";
    public static final String SECRET_KEY = "HUAWEICLOUD_SDK_SK";
    public static final String PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID";
    public static final String REGION = "HUAWEICLOUD_SDK_REGION";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean credentials = List.of(ACCESS_KEY, SECRET_KEY, PROJECT_ID).stream()
                .allMatch(name -> StringUtils.hasText(environment.getProperty(name)));
        boolean region = StringUtils.hasText(environment.getProperty(REGION))
                || StringUtils.hasText(environment.getProperty("camel.component.huaweiocr.region"));
        if (credentials && region && !environment.matchesProfiles(PROFILE)) {
            environment.addActiveProfile(PROFILE);
        }
    }
}
