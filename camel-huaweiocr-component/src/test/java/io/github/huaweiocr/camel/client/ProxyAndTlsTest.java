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
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.huaweiocr.camel.error.HuaweiOcrTransportException;
import io.github.huaweiocr.camel.support.TestTls;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Calls through an authenticating HTTP proxy, and TLS: verified by default, trusted explicitly, or not verified. */
class ProxyAndTlsTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension tlsEmulator = new HuaweiOcrEmulatorExtension().configure(b -> b.tls(true));

    private OcrTransport transport;

    @BeforeEach
    void start() {
        transport = OcrTransport.create(10);
    }

    @AfterEach
    void stop() {
        transport.close();
    }

    private OcrResponse call(OcrClientSettings.Builder settings) {
        return transport.newClient(settings.build()).recognize(TestSettings.generalText()).block(Duration.ofSeconds(30));
    }

    @Test
    void emulatorServesHttps() {
        assertThat(URI.create(tlsEmulator.baseUrl()).getScheme()).isEqualTo("https");
    }

    @Test
    void selfSignedCertificateIsRefusedByDefaultAndNotRetried() {
        OcrClientSettings.Builder settings = TestSettings.aksk(tlsEmulator);

        assertThatThrownBy(() -> call(settings)).isInstanceOfSatisfying(HuaweiOcrTransportException.class, e -> {
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getAttempts()).isEqualTo(1);
            assertThat(e.getMessage()).contains("TLS").contains("trustManagerFactory");
        });
        assertThat(tlsEmulator.admin().requests("general-text")).isZero();
    }

    @Test
    void certificateTrustedThroughATrustManagerFactoryIsAccepted() throws Exception {
        OcrClientSettings.Builder settings = TestSettings.aksk(tlsEmulator);
        settings.trustManagerFactory(trusting(TestTls.serverCertificate(URI.create(tlsEmulator.baseUrl()))));

        assertThat(call(settings).result().isObject()).isTrue();
    }

    @Test
    void ignoreSslVerificationAcceptsAnyCertificate() {
        OcrClientSettings.Builder settings = TestSettings.aksk(tlsEmulator);
        settings.ignoreSslVerification(true);

        assertThat(call(settings).result().isObject()).isTrue();
        assertThat(tlsEmulator.admin().requests("general-text")).isEqualTo(1);
    }

    @Test
    void callsGoThroughTheProxyWithItsCredentials() throws Exception {
        try (TunnelProxy proxy = new TunnelProxy("proxy-user", "proxy-secret")) {
            OcrClientSettings.Builder settings = TestSettings.aksk(tlsEmulator);
            settings.ignoreSslVerification(true);
            settings.proxyHost("127.0.0.1");
            settings.proxyPort(proxy.port());
            settings.proxyUser("proxy-user");
            settings.proxyPassword("proxy-secret");

            assertThat(call(settings).result().isObject()).isTrue();
            assertThat(proxy.tunnels.get()).isEqualTo(1);
            assertThat(tlsEmulator.admin().requests("general-text")).isEqualTo(1);
        }
    }

    @Test
    void proxyRefusingTheCredentialsFailsWithoutRetrying() throws Exception {
        try (TunnelProxy proxy = new TunnelProxy("proxy-user", "proxy-secret")) {
            OcrClientSettings.Builder settings = TestSettings.aksk(tlsEmulator);
            settings.ignoreSslVerification(true);
            settings.proxyHost("127.0.0.1");
            settings.proxyPort(proxy.port());
            settings.proxyUser("proxy-user");
            settings.proxyPassword("wrong");

            assertThatThrownBy(() -> call(settings)).isInstanceOfSatisfying(HuaweiOcrTransportException.class, e -> {
                assertThat(e.getMessage()).contains("proxyUser").doesNotContain("wrong");
                assertThat(e.isRetryable()).isFalse();
            });
            assertThat(proxy.refused.get()).isEqualTo(1);
            assertThat(proxy.tunnels.get()).isZero();
        }
    }

    private static TrustManagerFactory trusting(X509Certificate certificate) throws Exception {
        KeyStore store = TestTls.trustStoreWith(certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory;
    }
}
