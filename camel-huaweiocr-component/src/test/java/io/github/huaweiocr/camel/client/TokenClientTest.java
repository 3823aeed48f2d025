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
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.huaweiocr.camel.auth.AccessKeyGuard;
import io.github.huaweiocr.camel.error.HuaweiOcrAuthenticationException;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** IAM token mode: one token per identity, shared, renewed transparently when the emulator expires it. */
class TokenClientTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    private OcrTransport transport;

    @BeforeEach
    void start() {
        transport = OcrTransport.create(50);
    }

    @AfterEach
    void stop() {
        transport.close();
    }

    /** IAM requests seen by the emulator: everything that was not an OCR call. */
    private static long iamRequests() {
        return emulator.admin().totalRequests() - emulator.admin().requests("general-text");
    }

    @Test
    void tokenIsObtainedOnceAndReusedByEveryEndpointOfTheTransport() {
        OcrClient first = transport.newClient(TestSettings.token(emulator).build());
        OcrClient second = transport.newClient(TestSettings.token(emulator).build());

        assertThat(first.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30)).attempts()).isEqualTo(1);
        assertThat(second.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30)).attempts()).isEqualTo(1);

        assertThat(transport.tokens().tokenRequests()).isEqualTo(1);
        assertThat(iamRequests()).isEqualTo(1);
    }

    @Test
    void concurrentFirstCallersWaitForASingleTokenRequest() {
        OcrClient client = transport.newClient(TestSettings.token(emulator).build());

        List<OcrResponse> responses = Flux.range(0, 40)
                .flatMap(i -> client.recognize(TestSettings.generalText()), 40)
                .collectList().block(Duration.ofSeconds(60));

        assertThat(responses).hasSize(40);
        assertThat(transport.tokens().tokenRequests()).isEqualTo(1);
        assertThat(iamRequests()).isEqualTo(1);
    }

    @Test
    void tokenExpiredMidRunIsRenewedAndTheCallSentAgainOnce() {
        OcrClient client = transport.newClient(TestSettings.token(emulator).build());
        client.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30));

        emulator.admin().expireAllTokens();
        OcrResponse afterExpiry = client.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30));

        assertThat(afterExpiry.result().isObject()).isTrue();
        assertThat(afterExpiry.attempts()).isEqualTo(2);
        assertThat(transport.tokens().tokenRequests()).isEqualTo(2);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(3);
    }

    @Test
    void callsInFlightWhenTheTokenExpiresShareOneRenewal() {
        OcrClient client = transport.newClient(TestSettings.token(emulator).build());
        client.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30));
        emulator.admin().expireAllTokens();

        List<OcrResponse> responses = Flux.range(0, 30)
                .flatMap(i -> client.recognize(TestSettings.generalText()), 30)
                .collectList().block(Duration.ofSeconds(60));

        assertThat(responses).allSatisfy(r -> assertThat(r.result().isObject()).isTrue());
        assertThat(transport.tokens().tokenRequests()).isEqualTo(2);
        assertThat(iamRequests()).isEqualTo(2);
    }

    @Test
    void callsWaitingForAPermitWhenTheTokenExpiresAreSentWithTheNewOne() {
        OcrClientSettings.Builder settings = TestSettings.token(emulator);
        settings.maxConcurrentRequests(1);
        OcrClient client = transport.newClient(settings.build());
        client.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30));
        emulator.admin().injectFault(FaultSpec.latency(Duration.ofMillis(300)));
        try {
            // one call in flight, nine waiting for the only permit
            Mono<List<OcrResponse>> calls = Flux.range(0, 10)
                    .flatMap(i -> client.recognize(TestSettings.generalText()), 10).collectList().cache();
            calls.subscribe();
            await().atMost(Duration.ofSeconds(30)).until(() -> emulator.admin().requests("general-text") >= 2);
            emulator.admin().expireAllTokens();

            assertThat(calls.block(Duration.ofSeconds(60))).hasSize(10)
                    .allSatisfy(r -> assertThat(r.result().isObject()).isTrue());
        } finally {
            emulator.admin().clearFaults();
        }
        // Only the call in flight at the expiry used the old token; the nine that waited for a permit read the token
        // when they got it, after the renewal.
        assertThat(emulator.admin().errors("APIG.0301")).isLessThanOrEqualTo(1);
        assertThat(transport.tokens().tokenRequests()).isEqualTo(2);
    }

    @Test
    void tokenIsRenewedInTheBackgroundAheadOfItsExpiryWhileTheOldOneKeepsServing() {
        MutableClock clock = new MutableClock();
        OcrTransport ahead = OcrTransport.create(10, clock, new AccessKeyGuard(), RetryListener.NONE);
        try {
            OcrClient client = ahead.newClient(TestSettings.token(emulator).build());
            client.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30));

            // The emulator's tokens live 24 h; an hour before that the component starts renewing.
            clock.advance(Duration.ofHours(23).plusMinutes(1));
            OcrResponse response = client.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30));

            assertThat(response.attempts()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> ahead.tokens().tokenRequests() == 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> iamRequests() == 2);
        } finally {
            ahead.close();
        }
    }

    @Test
    void aClockADayAheadOfIamStillReusesOneToken() {
        MutableClock clock = new MutableClock();
        clock.advance(Duration.ofHours(30));
        OcrTransport skewed = OcrTransport.create(10, clock, new AccessKeyGuard(), RetryListener.NONE);
        try {
            OcrClient client = skewed.newClient(TestSettings.token(emulator).build());
            for (int i = 0; i < 3; i++) {
                assertThat(client.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30)).attempts())
                        .isEqualTo(1);
            }
            assertThat(skewed.tokens().tokenRequests()).isEqualTo(1);
            assertThat(iamRequests()).isEqualTo(1);
        } finally {
            skewed.close();
        }
    }

    @Test
    void projectIdComesFromTheTokenWhenNotConfigured() {
        OcrClientSettings.Builder settings = TestSettings.token(emulator);
        settings.projectId(null);

        OcrResponse response = transport.newClient(settings.build()).recognize(TestSettings.generalText())
                .block(Duration.ofSeconds(30));

        assertThat(response.result().isObject()).isTrue();
        assertThat(transport.projects().lookups()).isZero();
    }

    @Test
    void wrongPasswordFailsWithoutRevealingIt() {
        OcrClientSettings.Builder settings = TestSettings.token(emulator);
        settings.password("Not-The-Password-42");

        assertThatThrownBy(() -> transport.newClient(settings.build()).recognize(TestSettings.generalText())
                .block(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(HuaweiOcrAuthenticationException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(401);
                    assertThat(e.getMessage()).startsWith("IAM call failed: HTTP 401 token request for user "
                            + emulator.username() + " of account " + emulator.domainName())
                            .contains("Check username, password and domainName")
                            .doesNotContain("Not-The-Password-42");
                });
        assertThat(emulator.admin().requests("general-text")).isZero();
    }

    @Test
    void anEndpointWithAWrongPasswordDoesNotBorrowTheTokenOfTheRightOne() {
        OcrClient right = transport.newClient(TestSettings.token(emulator).build());
        assertThat(right.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30)).result().isObject())
                .isTrue();
        OcrClientSettings.Builder wrong = TestSettings.token(emulator);
        wrong.password("Not-The-Password-42");

        assertThatThrownBy(() -> transport.newClient(wrong.build()).recognize(TestSettings.generalText())
                .block(Duration.ofSeconds(30)))
                .isInstanceOf(HuaweiOcrAuthenticationException.class);
        assertThat(transport.tokens().tokenRequests()).isEqualTo(2);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(1);
    }
}
