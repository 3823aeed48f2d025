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

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class HuaweiOcrHealthDefaultsTest {

    @Test
    void enablesProducerHealthChecksWhenTheApplicationSaysNothing() {
        StandardEnvironment environment = new StandardEnvironment();

        new HuaweiOcrHealthDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(HuaweiOcrHealthDefaults.PRODUCERS_ENABLED)).isEqualTo("true");
    }

    @Test
    void leavesAnExplicitSettingAlone() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of(HuaweiOcrHealthDefaults.PRODUCERS_ENABLED, "false")));

        new HuaweiOcrHealthDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(HuaweiOcrHealthDefaults.PRODUCERS_ENABLED)).isEqualTo("false");
    }
}
