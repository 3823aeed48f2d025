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

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns Camel's producer health checks on by default ({@code camel.health.producers-enabled=true}), so that the
 * check every huaweiocr endpoint registers (it authenticates against Huawei without being billed) shows in Actuator's
 * health. Camel keeps producer checks off unless asked; any value the application sets wins, as this default is the
 * last property source consulted.
 */
public class HuaweiOcrHealthDefaults implements EnvironmentPostProcessor {

    static final String PRODUCERS_ENABLED = "camel.health.producers-enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("huaweiocr-health-defaults",
                Map.of(PRODUCERS_ENABLED, "true")));
    }
}
