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
import io.github.huaweiocr.camel.support.StallingServer.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Still thinking" against "the answer stopped flowing", on a raw socket server that holds a connection open
 * mid-body. The request timeout is far longer than any wait of these tests (10 minutes), so a call that ends at all
 * was ended by the idle timeout of a started answer, which the failure's message names.
 */
class StalledAnswerTest {

    private static final Duration LONG_REQUEST_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration WAIT = Duration.ofMinutes(2);

    private final RecordingRetryListener listener = new RecordingRetryListener();
    private OcrTransport transport;
    private StallingServer server;

    @BeforeEach
    void start() {
        transport = OcrTransport.create(4, Clock.systemUTC(), new AccessKeyGuard(), listener);
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        if (server != null) {
            server.close();
        }
    }

    private OcrClientSettings.Builder settings(Duration idle) {
        return TestSettings.defaults()
                .endpoint(URI.create(server.baseUrl()))
                .projectId("0123456789abcdef0123456789abcdef")
                .credentials(CredentialsProvider.of(new Credentials("AK", "SK")))
                .requestTimeout(LONG_REQUEST_TIMEOUT)
                .responseIdleTimeout(idle);
    }

    @Test
    void answerThatStopsMidBodyIsABrokenConnectionAndIsRetried() throws Exception {
        server = new StallingServer(n -> n == 1 ? Answer.STOP_MID_BODY : Answer.COMPLETE);

        OcrResponse response = transport.newClient(settings(Duration.ofMillis(300)).build())
                .recognize(TestSettings.generalText()).block(WAIT);

        assertThat(response.attempts()).isEqualTo(2);
        assertThat(response.requestId()).isEqualTo("r2");
        assertThat(server.requests()).isEqualTo(2);
        assertThat(listener.retries).singleElement().satisfies(r -> assertThat(r.cause())
                .isInstanceOf(HuaweiOcrTransportException.class)
                .hasMessageContaining("the answer from 127.0.0.1")
                .hasMessageContaining("stopped: no byte for 300 ms after it started (responseIdleTimeout)"));
        // The client closed the stalled connection instead of returning it to the pool.
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> server.heldOpen() == 0);
    }

    @Test
    void answersThatStopEveryTimeFailTypedAndRetryableAfterTheRetries() throws Exception {
        server = new StallingServer(n -> Answer.STOP_MID_BODY);
        OcrClientSettings.Builder settings = settings(Duration.ofMillis(200)).maxRetries(2);

        assertThatThrownBy(() -> transport.newClient(settings.build()).recognize(TestSettings.generalText())
                .block(WAIT)).isInstanceOfSatisfying(HuaweiOcrTransportException.class, e -> {
                    assertThat(e.getAttempts()).isEqualTo(3);
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getMessage()).contains("stopped: no byte for 200 ms");
                });
        assertThat(server.requests()).isEqualTo(3);
    }

    @Test
    void serverThinkingLongerThanTheIdleTimeoutIsWaitedFor() throws Exception {
        // No byte for 1.5 s, five times the idle timeout: the answer has not started, so only requestTimeout applies.
        server = new StallingServer(n -> Answer.THINK_THEN_COMPLETE).thinkMillis(1_500);

        OcrResponse response = transport.newClient(settings(Duration.ofMillis(300)).build())
                .recognize(TestSettings.generalText()).block(WAIT);

        assertThat(response.attempts()).isEqualTo(1);
        assertThat(server.requests()).isEqualTo(1);
        assertThat(listener.retries).isEmpty();
    }

    @Test
    void answerThatKeepsFlowingSlowlyIsNotCut() throws Exception {
        // The body takes several idle timeouts in total, but never goes silent for one.
        server = new StallingServer(n -> Answer.TRICKLE).trickleMillis(50);

        OcrResponse response = transport.newClient(settings(Duration.ofMillis(1_000)).build())
                .recognize(TestSettings.generalText()).block(WAIT);

        assertThat(response.attempts()).isEqualTo(1);
        assertThat(response.result().path("words_block_count").asInt(-1)).isZero();
        assertThat(listener.retries).isEmpty();
    }

    @Test
    void withTheIdleTimeoutOffAStoppedAnswerWaitsForTheRequestTimeout() throws Exception {
        server = new StallingServer(n -> Answer.STOP_MID_BODY);
        OcrClientSettings.Builder settings = settings(Duration.ZERO).requestTimeout(Duration.ofMillis(800))
                .maxRetries(0);

        assertThatThrownBy(() -> transport.newClient(settings.build()).recognize(TestSettings.generalText())
                .block(WAIT)).isInstanceOfSatisfying(HuaweiOcrTransportException.class, e ->
                        assertThat(e.getMessage()).contains("within the request timeout of 800 ms"));
    }
}
