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
package io.github.huaweiocr.camel;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.error.HuaweiOcrTransportException;
import io.github.huaweiocr.camel.support.StallingServer;
import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.camel.support.StallingServer.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code responseIdleTimeout} set on the component (through the generated configurer, as Camel Main and Spring Boot set
 * it) and overridden on an endpoint, against a raw socket server that stops its first answer mid-body and holds the
 * connection open.
 */
class StalledAnswerRouteTest extends CamelTestSupport {

    private StallingServer server;

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private String uri(String extra) {
        return "huaweiocr:generalText?endpoint=" + server.baseUrl() + "&projectId=0123456789abcdef0123456789abcdef"
               + "&accessKey=AK&secretKey=SK&retryInitialDelay=10" + extra;
    }

    private void componentOption(String name, Object value) {
        HuaweiOcrComponent component = context.getComponent("huaweiocr", HuaweiOcrComponent.class);
        PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("huaweiocr-component", context);
        assertThat(configurer.configure(context, component, name, value, true)).as(name).isTrue();
    }

    @Test
    void componentLevelIdleTimeoutRetriesAnAnswerThatStoppedMidBody() throws Exception {
        server = new StallingServer(n -> n == 1 ? Answer.STOP_MID_BODY : Answer.COMPLETE);
        componentOption("responseIdleTimeout", "300");

        Exchange out = template.request(uri("&requestTimeout=600000"), e -> e.getMessage().setBody(TestImages.png(100, 40)));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.ATTEMPTS, Integer.class)).isEqualTo(2);
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void endpointTurnsTheIdleTimeoutOffAndWaitsForItsRequestTimeout() throws Exception {
        server = new StallingServer(n -> Answer.STOP_MID_BODY);
        componentOption("responseIdleTimeout", "300");

        Exchange out = template.request(uri("&responseIdleTimeout=0&requestTimeout=1000&maxRetries=0"),
                e -> e.getMessage().setBody(TestImages.png(100, 40)));

        assertThat(out.getException()).isInstanceOf(HuaweiOcrTransportException.class)
                .hasMessageContaining("within the request timeout of 1000 ms");
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void negativeIdleTimeoutIsRefusedWhenTheEndpointIsCreated() throws Exception {
        server = new StallingServer(n -> Answer.COMPLETE);

        assertThatThrownBy(() -> context.getEndpoint(uri("&responseIdleTimeout=-1")))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("responseIdleTimeout must be at least 0, not -1");
        assertThat(server.requests()).isZero();
    }
}
