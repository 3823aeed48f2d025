package io.github.huaweiocr.camel.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.TrustManagerFactory;

import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.auth.AuthMode;
import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.auth.CredentialsProvider;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

/** Builds client settings pointing at a test emulator, with short retry delays unless a test wants otherwise. */
final class TestSettings {

    URI endpoint;
    String region;
    String projectId;
    URI iamEndpoint;
    AuthMode authMode = AuthMode.AKSK;
    CredentialsProvider credentials;
    String username;
    String password;
    String domainName;
    Duration connectTimeout = Duration.ofSeconds(5);
    Duration requestTimeout = Duration.ofSeconds(20);
    int maxConcurrentRequests = 50;
    int maxRetries = 3;
    Duration retryInitialDelay = Duration.ofMillis(10);
    Duration retryMaxDelay = Duration.ofMillis(50);
    String proxyHost;
    int proxyPort;
    String proxyUser;
    String proxyPassword;
    boolean ignoreSslVerification;
    TrustManagerFactory trustManagerFactory;

    static TestSettings aksk(HuaweiOcrEmulatorExtension emulator) {
        TestSettings s = new TestSettings();
        s.endpoint = URI.create(emulator.baseUrl());
        s.region = emulator.region();
        s.projectId = emulator.projectId();
        s.iamEndpoint = URI.create(emulator.baseUrl());
        s.credentials = CredentialsProvider.of(new Credentials(emulator.accessKey(), emulator.secretKey()));
        return s;
    }

    static TestSettings token(HuaweiOcrEmulatorExtension emulator) {
        TestSettings s = aksk(emulator);
        s.authMode = AuthMode.TOKEN;
        s.credentials = null;
        s.username = emulator.username();
        s.password = emulator.password();
        s.domainName = emulator.domainName();
        return s;
    }

    OcrClientSettings build() {
        return new OcrClientSettings(endpoint, region, projectId, iamEndpoint, authMode, credentials, username,
                password, domainName, connectTimeout, requestTimeout, 100, maxConcurrentRequests, maxRetries,
                retryInitialDelay, retryMaxDelay, proxyHost, proxyPort, proxyUser, proxyPassword,
                ignoreSslVerification, trustManagerFactory);
    }

    private static final byte[] PNG = TestImages.readableLine();

    /** A general-text call with a small PNG showing a line of text. */
    static OcrCall generalText() {
        return new OcrCall(HuaweiOcrOperation.GENERAL_TEXT,
                new DocumentSource.Bytes(PNG, 0, PNG.length, ImageFormat.PNG, 320, 120), Map.of(), null);
    }
}
