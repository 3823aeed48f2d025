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

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import io.github.huaweiocr.camel.auth.AccessKeyGuard;
import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.auth.CredentialsProvider;
import io.github.huaweiocr.camel.error.ErrorKind;
import io.github.huaweiocr.camel.error.HuaweiOcrAuthenticationException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.error.HuaweiOcrThrottledException;
import io.github.huaweiocr.camel.error.HuaweiOcrTransportException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.quota.QuotaRate;
import io.github.huaweiocr.camel.quota.QuotaSettings;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each retryable failure is retried and counted; the others are not. Attempts are checked against the emulator. */
class RetryClientTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    private final RecordingRetryListener listener = new RecordingRetryListener();
    private OcrTransport transport;

    @BeforeEach
    void start() {
        transport = OcrTransport.create(20, Clock.systemUTC(), new AccessKeyGuard(), listener);
    }

    @AfterEach
    void stop() {
        transport.close();
    }

    private OcrResponse call(OcrClientSettings.Builder settings) {
        return transport.newClient(settings.build()).recognize(TestSettings.generalText()).block(Duration.ofSeconds(60));
    }

    private static long sent() {
        return emulator.admin().requests("general-text");
    }

    @Test
    void throttledCallsAreRetriedNoSoonerThanTwoSecondsLater() {
        emulator.admin().injectFault(FaultSpec.throttle().nextCalls(2));

        OcrResponse response = call(TestSettings.aksk(emulator));

        assertThat(response.attempts()).isEqualTo(3);
        assertThat(sent()).isEqualTo(3);
        assertThat(emulator.admin().errors("APIG.0308")).isEqualTo(2);
        assertThat(listener.retries).hasSize(2).allSatisfy(retry -> {
            assertThat(retry.cause()).isInstanceOf(HuaweiOcrThrottledException.class);
            assertThat(retry.delay()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(5));
        });
    }

    @Test
    void twoHundredCallsAllSucceedWhileAThirdOfCallsAreThrottled() {
        emulator.admin().injectFault(FaultSpec.throttle().probability(0.3));
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.maxRetries(12);
        settings.maxConcurrentRequests(64);
        // Throttling at random is not a used-up quota window: a run of its 429s would read as one, naming the fault's
        // limit (100 a minute), and pace the rest to that. This test is about retries; pacing is QuotaPacingTest's.
        settings.quota(new QuotaSettings(QuotaRate.UNKNOWN, false, null));
        OcrClient client = transport.newClient(settings.build());

        List<OcrResponse> responses = Flux.range(0, 200)
                .flatMap(i -> client.recognize(TestSettings.generalText()), 200)
                .collectList().block(Duration.ofMinutes(3));

        assertThat(responses).hasSize(200);
        int attempts = responses.stream().mapToInt(OcrResponse::attempts).sum();
        assertThat(sent()).isEqualTo(attempts);
        assertThat(emulator.admin().errors("APIG.0308")).isEqualTo(attempts - 200).isPositive();
        assertThat(listener.retries).hasSize(attempts - 200)
                .allSatisfy(r -> assertThat(r.delay()).isGreaterThanOrEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void backendTimeoutIsRetried() {
        emulator.admin().injectFault(FaultSpec.backendTimeout().nextCalls(1));

        assertThat(call(TestSettings.aksk(emulator)).attempts()).isEqualTo(2);
        assertThat(sent()).isEqualTo(2);
        assertThat(emulator.admin().responses(504)).isEqualTo(1);
        // The retry resent the very same signed body: it was built once and kept for the retries.
        assertThat(emulator.admin().duplicateBodies()).isEqualTo(1);
        assertThat(listener.retries).singleElement()
                .satisfies(r -> assertThat(((HuaweiOcrServiceException) r.cause()).getErrorCode()).isEqualTo("APIG.0201"));
    }

    @Test
    void serverErrorWithNonJsonBodyIsRetried() {
        emulator.admin().injectFault(FaultSpec.serverError().nextCalls(1));

        assertThat(call(TestSettings.aksk(emulator)).attempts()).isEqualTo(2);
        assertThat(sent()).isEqualTo(2);
    }

    @Test
    void connectionResetBeforeAnyResponseIsRetried() {
        emulator.admin().injectFault(FaultSpec.connectionReset().nextCalls(1));

        assertThat(call(TestSettings.aksk(emulator)).attempts()).isEqualTo(2);
        assertThat(sent()).isEqualTo(2);
        assertThat(listener.retries).singleElement()
                .satisfies(r -> assertThat(r.cause()).isInstanceOf(HuaweiOcrTransportException.class));
    }

    @Test
    void truncatedResponseIsRetried() {
        emulator.admin().injectFault(FaultSpec.truncatedBody().nextCalls(1));
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        // The emulator closes the connection after half the body; should the close be late, the timeout catches it.
        settings.requestTimeout(Duration.ofSeconds(5));

        assertThat(call(settings).attempts()).isEqualTo(2);
        assertThat(sent()).isEqualTo(2);
        assertThat(listener.retries).singleElement().satisfies(r -> assertThat(r.cause())
                .isInstanceOfSatisfying(HuaweiOcrTransportException.class,
                        e -> assertThat(e.isRetryable()).isTrue()));
    }

    @Test
    void responseSlowerThanTheRequestTimeoutIsRetriedThenReported() {
        emulator.admin().injectFault(FaultSpec.latency(Duration.ofSeconds(3)));
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.requestTimeout(Duration.ofMillis(300));
        settings.maxRetries(1);

        assertThatThrownBy(() -> call(settings)).isInstanceOfSatisfying(HuaweiOcrTransportException.class, e -> {
            assertThat(e.getMessage()).contains("within the request timeout of 300 ms").contains("2 attempts");
            assertThat(e.getAttempts()).isEqualTo(2);
            assertThat(e.isRetryable()).isTrue();
        });
        assertThat(sent()).isEqualTo(2);
    }

    @Test
    void refusedConnectionIsRetriedThenReported() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.endpoint(URI.create("http://127.0.0.1:" + closedPort));
        settings.maxRetries(2);

        assertThatThrownBy(() -> call(settings)).isInstanceOfSatisfying(HuaweiOcrTransportException.class, e -> {
            assertThat(e.getMessage()).contains("cannot connect to 127.0.0.1:" + closedPort).contains("3 attempts");
            assertThat(e.getAttempts()).isEqualTo(3);
        });
        assertThat(listener.retries).hasSize(2);
    }

    @Test
    void exhaustedRetriesRaiseTheLastFailureWithEveryAttemptCounted() {
        emulator.admin().injectFault(FaultSpec.serverError());
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.maxRetries(2);

        assertThatThrownBy(() -> call(settings)).isInstanceOfSatisfying(HuaweiOcrServiceException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(500);
            assertThat(e.getErrorCode()).isNull();
            assertThat(e.getErrorMessage()).isNotBlank();
            assertThat(e.getAttempts()).isEqualTo(3);
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.getMessage()).contains("(request ").contains("3 attempts)");
        });
        assertThat(sent()).isEqualTo(3);
    }

    @Test
    void throttlingThatOutlastsTheRetriesEndsAsThrottledException() {
        emulator.admin().injectFault(FaultSpec.throttle());
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.maxRetries(1);

        assertThatThrownBy(() -> call(settings)).isInstanceOfSatisfying(HuaweiOcrThrottledException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("APIG.0308");
            assertThat(e.getStatusCode()).isEqualTo(429);
            assertThat(e.getAttempts()).isEqualTo(2);
            assertThat(e.getHint()).contains("2-5 seconds");
        });
        assertThat(sent()).isEqualTo(2);
    }

    @Test
    void badSignatureIsNeverRetried() {
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.credentials(CredentialsProvider.of(new Credentials(emulator.accessKey(), "wrong-secret")));

        assertThatThrownBy(() -> call(settings)).isInstanceOfSatisfying(HuaweiOcrAuthenticationException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("APIG.0301");
            assertThat(e.getKind()).isEqualTo(ErrorKind.SIGNATURE);
            assertThat(e.getAttempts()).isEqualTo(1);
            assertThat(e.getMessage()).contains("Check the access key and secret key")
                    .doesNotContain("wrong-secret").doesNotContainIgnoringCase("canonicalRequest");
        });
        assertThat(sent()).isEqualTo(1);
        assertThat(listener.retries).isEmpty();
    }

    @Test
    void inputErrorIsNeverRetried() {
        OcrCall noImage = new OcrCall(HuaweiOcrOperation.GENERAL_TEXT, null, Map.of(), null);

        assertThatThrownBy(() -> transport.newClient(TestSettings.aksk(emulator).build()).recognize(noImage)
                .block(Duration.ofSeconds(30))).isInstanceOfSatisfying(HuaweiOcrServiceException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo("AIS.0101");
                    assertThat(e.getAttempts()).isEqualTo(1);
                });
        assertThat(sent()).isEqualTo(1);
        assertThat(listener.retries).isEmpty();
    }

    @Test
    void unknownProjectIsNotRetried() {
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.projectId("ffffffffffffffffffffffffffffffff");

        assertThatThrownBy(() -> call(settings)).isInstanceOfSatisfying(HuaweiOcrServiceException.class, e -> {
            assertThat(e.getAttempts()).isEqualTo(1);
            assertThat(e.isRetryable()).isFalse();
        });
        assertThat(listener.retries).isEmpty();
    }
}
