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

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.huaweiocr.camel.auth.AccessKeyGuard;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idle watch of an answer is set only while that answer is still coming: answers complete in one read leave
 * nothing behind on their kept-alive connection, so the next call on it may think for longer than the idle timeout.
 */
class AnswerIdleWatchTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    private final RecordingRetryListener listener = new RecordingRetryListener();
    private OcrTransport transport;

    @AfterEach
    void stop() {
        if (transport != null) {
            transport.close();
        }
    }

    @Test
    void aCallThinkingLongerThanTheIdleTimeoutOnAConnectionThatAnsweredBeforeIsWaitedFor() {
        // one connection: every call goes over the connection the earlier answers came on
        transport = OcrTransport.create(1, Clock.systemUTC(), new AccessKeyGuard(), listener);
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.requestTimeout(Duration.ofMinutes(2));
        settings.responseIdleTimeout(Duration.ofMillis(300));
        settings.maxRetries(0);
        OcrClient client = transport.newClient(settings.build());
        for (int i = 0; i < 5; i++) {
            assertThat(client.recognize(TestSettings.generalText()).block(Duration.ofMinutes(1)).attempts()).isEqualTo(1);
        }

        emulator.admin().injectFault(FaultSpec.latency(Duration.ofMillis(1_200)).operation("general-text"));
        OcrResponse slow = client.recognize(TestSettings.generalText()).block(Duration.ofMinutes(1));

        assertThat(slow.attempts()).isEqualTo(1);
        assertThat(listener.retries).isEmpty();
        assertThat(emulator.admin().requests("general-text")).isEqualTo(6);
    }
}
