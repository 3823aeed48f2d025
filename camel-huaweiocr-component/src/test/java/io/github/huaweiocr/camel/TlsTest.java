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

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.camel.support.TestTls;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** TLS against the emulator's self-signed certificate: refused by default, accepted when trusted or told to ignore. */
class TlsTest extends CamelTestSupport {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension().configure(b -> b.tls(true));

    @TempDir
    Path dir;

    @Test
    void refusesAnUntrustedCertificateByDefault() {
        Exchange out = template.request(EmulatorUris.akSk(emulator, "generalText", "&maxRetries=0"),
                e -> e.getMessage().setBody(TestImages.png(100, 40)));
        assertThat(out.getException()).isInstanceOf(HuaweiOcrException.class);
        assertThat(emulator.admin().totalRequests()).isZero();
    }

    @Test
    void trustsTheCertificateOfSslContextParameters() throws Exception {
        Path trustStore = trustStoreFile();
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource("file:" + trustStore);
        keyStore.setPassword("trust-store");
        keyStore.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(keyStore);
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setTrustManagers(trust);
        context.getRegistry().bind("emulatorTrust", ssl);

        Exchange out = template.request(EmulatorUris.akSk(emulator, "generalText", "&sslContextParameters=#emulatorTrust"),
                e -> e.getMessage().setBody(TestImages.png(100, 40)));

        assertThat(out.getException()).isNull();
        assertThat(emulator.admin().requests("general-text")).isEqualTo(1);
    }

    @Test
    void ignoreSslVerificationAcceptsAnyCertificateAndWarns() {
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        Logger logger = (Logger) LoggerFactory.getLogger(HuaweiOcrEndpoint.class);
        logger.addAppender(warnings);
        try {
            Exchange out = template.request(EmulatorUris.akSk(emulator, "webImage", "&ignoreSslVerification=true"),
                    e -> e.getMessage().setBody(TestImages.png(100, 40)));
            assertThat(out.getException()).isNull();
        } finally {
            logger.detachAppender(warnings);
        }
        assertThat(warnings.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("accepts any TLS certificate (ignoreSslVerification=true)"));
    }

    /** The emulator's certificate in a PKCS12 file, read by Camel as a resource. */
    private Path trustStoreFile() throws Exception {
        KeyStore store = TestTls.trustStoreWith(TestTls.serverCertificate(URI.create(emulator.baseUrl())));
        Path file = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "trust-store".toCharArray());
        }
        return file;
    }
}
