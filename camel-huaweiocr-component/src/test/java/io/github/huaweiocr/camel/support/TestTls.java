package io.github.huaweiocr.camel.support;

import java.net.URI;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Certificates of a test TLS server (the emulator's self-signed one), as an operator would export and trust them. */
public final class TestTls {

    private TestTls() {
    }

    /** The certificate the server at {@code uri} presents, read from a TLS handshake that accepts any certificate. */
    public static X509Certificate serverCertificate(URI uri) throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new AcceptAnyServer()}, null);
        try (SSLSocket socket = (SSLSocket) trustAll.getSocketFactory().createSocket(uri.getHost(), uri.getPort())) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    /** An in-memory PKCS12 trust store holding only {@code certificate}. */
    public static KeyStore trustStoreWith(X509Certificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("emulator", certificate);
        return store;
    }

    /** Accepts every server certificate, only so that the handshake reveals it; never used to send requests. */
    private static final class AcceptAnyServer implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // a client-side trust manager: never asked about clients
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // accepted: the certificate is what the caller wants to read
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
