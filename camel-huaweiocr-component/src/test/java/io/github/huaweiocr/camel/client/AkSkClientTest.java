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
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.auth.CredentialsProvider;
import io.github.huaweiocr.camel.error.ErrorKind;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.emulator.TemporaryCredentials;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AK/SK signing, temporary credentials, project id lookup and document-less calls against the emulator. */
class AkSkClientTest {

    private static final TemporaryCredentials STS = new TemporaryCredentials("STSTEMPORARYKEY00001",
            "StsTemporarySecret00000000000000000001", "sts-security-token-value-0001");

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension()
            .configure(b -> b.temporaryCredentials(STS));

    private OcrTransport transport;

    @BeforeEach
    void start() {
        transport = OcrTransport.create(20);
    }

    @AfterEach
    void stop() {
        transport.close();
    }

    @Test
    void signedCallReturnsTheEmulatorsResultWithRequestIdInOneAttempt() {
        OcrResponse response = transport.newClient(TestSettings.aksk(emulator).build())
                .recognize(TestSettings.generalText()).block(Duration.ofSeconds(30));

        assertThat(response.result().isObject()).isTrue();
        assertThat(response.requestId()).isNotBlank();
        assertThat(response.attempts()).isEqualTo(1);
        assertThat(response.result().path("words_block_list").isArray()).isTrue();
        assertThat(emulator.admin().requests("general-text")).isEqualTo(1);
    }

    @Test
    void urlDocumentAndParametersAreSentAsJsonFields() {
        OcrCall call = new OcrCall(HuaweiOcrOperation.GENERAL_TEXT,
                new DocumentSource.Url("http://127.0.0.1:1/missing.png"), Map.of("detect_direction", true), null);

        assertThatThrownBy(() -> transport.newClient(TestSettings.aksk(emulator).build()).recognize(call)
                .block(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(HuaweiOcrServiceException.class, e -> {
                    // The emulator tried to download the URL: the field reached it as "url".
                    assertThat(e.getErrorCode()).isEqualTo("ModelArts.4603");
                    assertThat(e.getHint()).contains("download");
                    assertThat(e.getAttempts()).isEqualTo(1);
                });
    }

    @Test
    void callWithoutDocumentIsAuthenticatedAndRejectedAsInputWithoutRetry() {
        OcrCall empty = new OcrCall(HuaweiOcrOperation.GENERAL_TEXT, null, Map.of(), null);

        assertThatThrownBy(() -> transport.newClient(TestSettings.aksk(emulator).build()).recognize(empty)
                .block(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(HuaweiOcrServiceException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo("AIS.0101");
                    assertThat(e.getKind()).isEqualTo(ErrorKind.INPUT);
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getAttempts()).isEqualTo(1);
                    assertThat(e.getRequestId()).isNotBlank();
                    assertThat(e.getMessage()).startsWith("general-text failed: HTTP 400 AIS.0101");
                });
        assertThat(emulator.admin().requests("general-text")).isEqualTo(1);
    }

    @Test
    void temporaryCredentialsSendAndSignTheSecurityToken() {
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.credentials(CredentialsProvider.of(new Credentials(STS.accessKey(), STS.secretKey(),
                STS.securityToken())));

        OcrResponse response = transport.newClient(settings.build()).recognize(TestSettings.generalText())
                .block(Duration.ofSeconds(30));

        assertThat(response.result().isObject()).isTrue();
    }

    @Test
    void temporaryAccessKeyWithoutItsSecurityTokenIsRefused() {
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.credentials(CredentialsProvider.of(new Credentials(STS.accessKey(), STS.secretKey())));

        assertThatThrownBy(() -> transport.newClient(settings.build()).recognize(TestSettings.generalText())
                .block(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(HuaweiOcrServiceException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(401));
    }

    @Test
    void projectIdIsLookedUpOnceThroughIamWhenNotConfigured() {
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.projectId(null);
        OcrClient client = transport.newClient(settings.build());

        client.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30));
        client.recognize(TestSettings.generalText()).block(Duration.ofSeconds(30));

        assertThat(transport.projects().lookups()).isEqualTo(1);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(2);
        assertThat(emulator.admin().totalRequests()).isEqualTo(3);
    }

    @Test
    void unknownRegionFailsTheLookupWithAClearMessage() {
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.projectId(null);
        settings.region("xx-nowhere-9");

        assertThatThrownBy(() -> transport.newClient(settings.build()).recognize(TestSettings.generalText())
                .block(Duration.ofSeconds(30)))
                .hasMessageContaining("project id of region xx-nowhere-9")
                .hasMessageContaining("Set projectId");
        assertThat(emulator.admin().requests("general-text")).isZero();
    }

    @Test
    void ignoreSslVerificationLeavesPlainHttpEndpointsAlone() {
        OcrClientSettings.Builder settings = TestSettings.aksk(emulator);
        settings.ignoreSslVerification(true);

        assertThat(transport.newClient(settings.build()).recognize(TestSettings.generalText())
                .block(Duration.ofSeconds(30)).result().isObject()).isTrue();
    }

    @Test
    void enterpriseProjectHeaderDoesNotBreakTheSignature() {
        OcrCall call = new OcrCall(HuaweiOcrOperation.GENERAL_TEXT, TestSettings.generalText().document(), Map.of(),
                "0a1b2c3d-enterprise");

        OcrResponse response = transport.newClient(TestSettings.aksk(emulator).build()).recognize(call)
                .block(Duration.ofSeconds(30));

        assertThat(response.result().isObject()).isTrue();
    }
}
