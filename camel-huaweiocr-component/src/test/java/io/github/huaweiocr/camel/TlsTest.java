package io.github.huaweiocr.camel;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

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
        Path trustStore = trustStoreWith(serverCertificate());
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

    /** The certificate the emulator made at start, read from a TLS handshake. */
    private static X509Certificate serverCertificate() throws Exception {
        URI base = URI.create(emulator.baseUrl());
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] { new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // only the server's certificate is wanted here
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // accepted so that the handshake reveals it
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        } }, null);
        try (SSLSocket socket = (SSLSocket) trustAll.getSocketFactory().createSocket(base.getHost(), base.getPort())) {
            socket.startHandshake();
            Certificate[] chain = socket.getSession().getPeerCertificates();
            return (X509Certificate) chain[0];
        }
    }

    private Path trustStoreWith(X509Certificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("emulator", certificate);
        Path file = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "trust-store".toCharArray());
        }
        return file;
    }
}
