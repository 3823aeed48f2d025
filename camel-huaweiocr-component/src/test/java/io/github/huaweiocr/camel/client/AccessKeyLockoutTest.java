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

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.huaweiocr.camel.auth.AccessKeyGuard;
import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.error.HuaweiOcrAccessKeyLockedException;
import io.github.huaweiocr.camel.error.HuaweiOcrAuthenticationException;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local guard pauses a key after 3 rejected signatures in a row, before Huawei's own 5-failure lock. */
class AccessKeyLockoutTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    private final MutableClock clock = new MutableClock();
    private final AtomicReference<Credentials> credentials = new AtomicReference<>();
    private OcrTransport transport;
    private OcrClient client;

    @BeforeEach
    void start() {
        transport = OcrTransport.create(10, clock, new AccessKeyGuard(3, Duration.ofMinutes(5), clock),
                RetryListener.NONE);
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.credentials(credentials::get);
        client = transport.newClient(settings.build());
    }

    @AfterEach
    void stop() {
        transport.close();
    }

    private void useSecret(String secret) {
        credentials.set(new Credentials(emulator.accessKey(), secret));
    }

    private Throwable failure() {
        try {
            client.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30));
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static long sent() {
        return emulator.admin().requests("general-text");
    }

    @Test
    void keyIsPausedLocallyAfterThreeSignatureFailuresAndNothingMoreIsSent() {
        useSecret("wrong-secret");
        for (int i = 0; i < 3; i++) {
            assertThat(failure()).isInstanceOf(HuaweiOcrAuthenticationException.class);
        }
        assertThat(sent()).isEqualTo(3);

        useSecret(emulator.secretKey());
        assertThatThrownBy(() -> client.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(HuaweiOcrAccessKeyLockedException.class, e -> {
                    assertThat(e.getAccessKey()).isEqualTo(emulator.accessKey());
                    assertThat(e.getLockedUntil()).isAfter(clock.instant().plus(Duration.ofMinutes(4)));
                    assertThat(e.getMessage()).contains("3 times in a row").contains("paused until")
                            .doesNotContain(emulator.secretKey()).doesNotContain(emulator.accessKey())
                            .contains(emulator.accessKey().substring(0, 4) + "...");
                });
        assertThat(sent()).isEqualTo(3);
    }

    @Test
    void pauseLiftsAfterFiveMinutes() {
        useSecret("wrong-secret");
        for (int i = 0; i < 3; i++) {
            failure();
        }
        useSecret(emulator.secretKey());
        assertThat(failure()).isInstanceOf(HuaweiOcrAccessKeyLockedException.class);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(failure()).isNull();
        assertThat(sent()).isEqualTo(4);
    }

    @Test
    void anAcceptedSignatureResetsTheCount() {
        useSecret("wrong-secret");
        failure();
        failure();
        useSecret(emulator.secretKey());
        assertThat(failure()).isNull();
        useSecret("wrong-secret");
        failure();
        failure();

        assertThat(failure()).isInstanceOf(HuaweiOcrAuthenticationException.class);
        assertThat(sent()).isEqualTo(6);
    }
}
