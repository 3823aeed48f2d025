package io.github.huaweiocr.camel.client;

import java.net.URI;
import java.time.Duration;

import javax.net.ssl.TrustManagerFactory;

import io.github.huaweiocr.camel.auth.AuthMode;
import io.github.huaweiocr.camel.auth.CredentialsProvider;

/**
 * Everything the HTTP client needs, resolved from the component configuration at start-up.
 *
 * @param endpoint               OCR base URL, e.g. {@code https://ocr.cn-north-4.myhuaweicloud.com} (http allowed for the emulator)
 * @param region                 region id, used for the IAM token scope and the project id lookup
 * @param projectId              IAM project id; when null it is looked up through IAM for {@code region} and cached
 * @param iamEndpoint            IAM base URL, e.g. {@code https://iam.cn-north-4.myhuaweicloud.com}
 * @param authMode               AK/SK signing or IAM token
 * @param credentials            access key pair for AKSK mode (also signs the project id lookup); null in TOKEN mode
 * @param username               IAM user name for TOKEN mode
 * @param password               IAM password for TOKEN mode
 * @param domainName             account (domain) name for TOKEN mode
 * @param trustManagerFactory    trust for TLS; null means the JVM default
 * @param ignoreSslVerification  accept any server certificate (testing only)
 * @param proxyHost              HTTP proxy host, or null
 * @param maxConnections         size of the connection pool; the pool belongs to the {@link OcrTransport}, so the
 *                               component picks the transport by this value and the client does not read it
 * @param maxConcurrentRequests  calls in flight at once; excess calls wait without holding a thread; 0 or less means
 *                               no limit
 * @param maxRetries             retries after the first attempt for retryable failures
 */
public record OcrClientSettings(
        URI endpoint,
        String region,
        String projectId,
        URI iamEndpoint,
        AuthMode authMode,
        CredentialsProvider credentials,
        String username,
        String password,
        String domainName,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxConnections,
        int maxConcurrentRequests,
        int maxRetries,
        Duration retryInitialDelay,
        Duration retryMaxDelay,
        String proxyHost,
        int proxyPort,
        String proxyUser,
        String proxyPassword,
        boolean ignoreSslVerification,
        TrustManagerFactory trustManagerFactory) {

    @Override
    public String toString() {
        return "OcrClientSettings[endpoint=" + endpoint + ", region=" + region + ", projectId=" + projectId
                + ", authMode=" + authMode + ", maxConcurrentRequests=" + maxConcurrentRequests + ", maxRetries="
                + maxRetries + "]";
    }
}
