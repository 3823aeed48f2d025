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
