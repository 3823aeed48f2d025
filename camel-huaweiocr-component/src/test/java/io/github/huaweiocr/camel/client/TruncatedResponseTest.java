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
package io.github.huaweiocr.camel.client;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.auth.AccessKeyGuard;
import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.auth.CredentialsProvider;
import io.github.huaweiocr.camel.error.HuaweiOcrTransportException;
import io.github.huaweiocr.camel.support.StallingServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A server that cuts its answer short, on a raw socket so the cut is exact: the answer announces its whole length,
 * sends 10 bytes and closes. The client must see a premature close (not wait for a timeout) and retry.
 */
class TruncatedResponseTest {

    private volatile int truncateFirst;
    private final RecordingRetryListener listener = new RecordingRetryListener();
    private StallingServer server;
    private OcrTransport transport;

    @BeforeEach
    void start() throws IOException {
        server = new StallingServer(n -> n <= truncateFirst ? StallingServer.Answer.CUT_SHORT
                : StallingServer.Answer.COMPLETE);
        transport = OcrTransport.create(4, Clock.systemUTC(), new AccessKeyGuard(), listener);
    }

    @AfterEach
    void stop() throws IOException {
        transport.close();
        server.close();
    }

    private OcrClientSettings.Builder settings() {
        OcrClientSettings.Builder s = TestSettings.defaults();
        s.endpoint(URI.create(server.baseUrl()));
        s.projectId("0123456789abcdef0123456789abcdef");
        s.credentials(CredentialsProvider.of(new Credentials("AK", "SK")));
        s.requestTimeout(Duration.ofMinutes(2));
        return s;
    }

    @Test
    void answerCutShortIsSeenAsAPrematureCloseAndRetried() {
        truncateFirst = 1;

        OcrResponse response = transport.newClient(settings().build()).recognize(TestSettings.generalText())
                .block(Duration.ofSeconds(60));

        assertThat(response.attempts()).isEqualTo(2);
        assertThat(response.requestId()).isEqualTo("r2");
        assertThat(server.requests()).isEqualTo(2);
        assertThat(listener.retries).singleElement().satisfies(r -> assertThat(r.cause())
                .isInstanceOf(HuaweiOcrTransportException.class).hasMessageContaining("closed before the response"));
    }

    @Test
    void answersCutShortEveryTimeFailAfterTheRetries() {
        truncateFirst = Integer.MAX_VALUE;
        OcrClientSettings.Builder settings = settings();
        settings.maxRetries(2);

        assertThatThrownBy(() -> transport.newClient(settings.build()).recognize(TestSettings.generalText())
                .block(Duration.ofSeconds(60))).isInstanceOfSatisfying(HuaweiOcrTransportException.class, e -> {
                    assertThat(e.getAttempts()).isEqualTo(3);
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getMessage()).contains("closed before the response was complete (3 attempts)");
                });
        assertThat(server.requests()).isEqualTo(3);
    }
}
