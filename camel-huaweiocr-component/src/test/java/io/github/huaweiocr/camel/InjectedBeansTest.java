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

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.huaweiocr.camel.auth.AuthMode;
import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.auth.CredentialsProvider;
import io.github.huaweiocr.camel.client.OcrCall;
import io.github.huaweiocr.camel.client.OcrClient;
import io.github.huaweiocr.camel.client.OcrClientSettings;
import io.github.huaweiocr.camel.client.OcrTransport;
import io.github.huaweiocr.camel.input.DocumentReader;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Beans found in the registry by type: a credentials provider and a ready-made OCR client. */
class InjectedBeansTest extends CamelTestSupport {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    @Test
    void aCredentialsProviderBeanIsAutowiredAndAskedForEveryRequest() {
        AtomicInteger asked = new AtomicInteger();
        CredentialsProvider rotating = () -> {
            asked.incrementAndGet();
            return new Credentials(emulator.accessKey(), emulator.secretKey());
        };
        context.getRegistry().bind("rotatingKeys", rotating);
        String uri = "huaweiocr:generalText?endpoint=" + emulator.baseUrl() + "&projectId=" + emulator.projectId();

        template.requestBody(uri, TestImages.png(100, 40));
        template.requestBody(uri, TestImages.png(100, 40));

        assertThat(context.getEndpoint(uri, HuaweiOcrEndpoint.class).getConfiguration().getCredentialsProvider())
                .isSameAs(rotating);
        assertThat(asked.get()).isGreaterThanOrEqualTo(2);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(2);
    }

    @Test
    void anOcrClientBeanIsUsedInsteadOfBuildingOneAndIsNeverClosedByTheComponent() throws Exception {
        try (OcrTransport transport = OcrTransport.create(4)) {
            OcrClient client = transport.newClient(settings());
            context.getRegistry().bind("sharedOcrClient", client);

            // No endpoint, project or credentials on the URI: the injected client carries them.
            Object text = template.requestBody("huaweiocr:handwriting?outputType=TEXT", TestImages.png(100, 40));
            assertThat(text).isInstanceOf(String.class);
            assertThat(context.getEndpoint("huaweiocr:handwriting?outputType=TEXT", HuaweiOcrEndpoint.class).getClient())
                    .isSameAs(client);

            context.stop();
            OcrCall call = new OcrCall(HuaweiOcrOperation.HANDWRITING, DocumentReader.read(TestImages.png(100, 40)),
                    Map.of(), null);
            assertThat(client.recognize(call).block(Duration.ofSeconds(30)).result().isObject()).isTrue();
            assertThat(emulator.admin().requests("handwriting")).isEqualTo(2);
        }
    }

    private static OcrClientSettings settings() {
        return OcrClientSettings.builder()
                .endpoint(URI.create(emulator.baseUrl()))
                .region(emulator.region())
                .projectId(emulator.projectId())
                .authMode(AuthMode.AKSK)
                .credentials(CredentialsProvider.of(new Credentials(emulator.accessKey(), emulator.secretKey())))
                .connectTimeout(Duration.ofSeconds(10))
                .requestTimeout(Duration.ofSeconds(30))
                .maxConnections(4)
                .maxConcurrentRequests(4)
                .maxRetries(0)
                .retryInitialDelay(Duration.ofMillis(100))
                .retryMaxDelay(Duration.ofSeconds(1))
                .build();
    }
}
