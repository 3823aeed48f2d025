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
import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.TrustManagerFactory;

import io.github.huaweiocr.camel.auth.AuthMode;
import io.github.huaweiocr.camel.auth.CredentialsProvider;
import io.github.huaweiocr.camel.quota.QuotaSettings;

/**
 * Everything the HTTP client needs, resolved and checked once when the endpoint is created, and trusted from then
 * on. Immutable; built by name with {@link #builder()}, so adding a setting never shifts the others.
 */
public final class OcrClientSettings {

    private final URI endpoint;
    private final String region;
    private final String projectId;
    private final URI iamEndpoint;
    private final AuthMode authMode;
    private final CredentialsProvider credentials;
    private final String username;
    private final String password;
    private final String domainName;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration responseIdleTimeout;
    private final int maxConnections;
    private final int maxConcurrentRequests;
    private final int maxRetries;
    private final Duration retryInitialDelay;
    private final Duration retryMaxDelay;
    private final String proxyHost;
    private final int proxyPort;
    private final String proxyUser;
    private final String proxyPassword;
    private final boolean ignoreSslVerification;
    private final TrustManagerFactory trustManagerFactory;
    private final QuotaSettings quota;

    private OcrClientSettings(Builder b) {
        this.endpoint = b.endpoint;
        this.region = b.region;
        this.projectId = b.projectId;
        this.iamEndpoint = b.iamEndpoint;
        this.authMode = b.authMode;
        this.credentials = b.credentials;
        this.username = b.username;
        this.password = b.password;
        this.domainName = b.domainName;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.responseIdleTimeout = b.responseIdleTimeout;
        this.maxConnections = b.maxConnections;
        this.maxConcurrentRequests = b.maxConcurrentRequests;
        this.maxRetries = b.maxRetries;
        this.retryInitialDelay = b.retryInitialDelay;
        this.retryMaxDelay = b.retryMaxDelay;
        this.proxyHost = b.proxyHost;
        this.proxyPort = b.proxyPort;
        this.proxyUser = b.proxyUser;
        this.proxyPassword = b.proxyPassword;
        this.ignoreSslVerification = b.ignoreSslVerification;
        this.trustManagerFactory = b.trustManagerFactory;
        this.quota = b.quota;
    }

    /** An empty builder: the resolver (or a test) sets every value. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.endpoint = endpoint;
        b.region = region;
        b.projectId = projectId;
        b.iamEndpoint = iamEndpoint;
        b.authMode = authMode;
        b.credentials = credentials;
        b.username = username;
        b.password = password;
        b.domainName = domainName;
        b.connectTimeout = connectTimeout;
        b.requestTimeout = requestTimeout;
        b.responseIdleTimeout = responseIdleTimeout;
        b.maxConnections = maxConnections;
        b.maxConcurrentRequests = maxConcurrentRequests;
        b.maxRetries = maxRetries;
        b.retryInitialDelay = retryInitialDelay;
        b.retryMaxDelay = retryMaxDelay;
        b.proxyHost = proxyHost;
        b.proxyPort = proxyPort;
        b.proxyUser = proxyUser;
        b.proxyPassword = proxyPassword;
        b.ignoreSslVerification = ignoreSslVerification;
        b.trustManagerFactory = trustManagerFactory;
        b.quota = quota;
        return b;
    }

    /** OCR base URL, e.g. {@code https://ocr.cn-north-4.myhuaweicloud.com} (http allowed for the emulator). */
    public URI endpoint() {
        return endpoint;
    }

    /** Region id, used for the IAM token scope and the project id lookup. */
    public String region() {
        return region;
    }

    /** IAM project id; when null it is looked up through IAM for the region and cached. */
    public String projectId() {
        return projectId;
    }

    /** IAM base URL, e.g. {@code https://iam.cn-north-4.myhuaweicloud.com}. */
    public URI iamEndpoint() {
        return iamEndpoint;
    }

    /** AK/SK signing or IAM token. */
    public AuthMode authMode() {
        return authMode;
    }

    /** Access key pair for AKSK mode (also signs the project id lookup); null in TOKEN mode without keys. */
    public CredentialsProvider credentials() {
        return credentials;
    }

    /** IAM user name for TOKEN mode. */
    public String username() {
        return username;
    }

    /** IAM password for TOKEN mode. */
    public String password() {
        return password;
    }

    /** Account (domain) name for TOKEN mode. */
    public String domainName() {
        return domainName;
    }

    /** Time to open a connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * How long one attempt waits for its answer to start (and, without a {@link #responseIdleTimeout()}, between any
     * two reads of it).
     */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * Once the answer's headers have arrived, the longest silence before the connection is taken as broken and the
     * attempt retried; null or zero keeps {@link #requestTimeout()}.
     */
    public Duration responseIdleTimeout() {
        return responseIdleTimeout;
    }

    /** Size of the connection pool; the pool belongs to the {@link OcrTransport}, so the component picks the transport by this value and the client does not read it. */
    public int maxConnections() {
        return maxConnections;
    }

    /** Calls in flight at once; excess calls wait without holding a thread; 0 or less means no limit. */
    public int maxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /** Retries after the first attempt for retryable failures. */
    public int maxRetries() {
        return maxRetries;
    }

    /** First backoff delay. */
    public Duration retryInitialDelay() {
        return retryInitialDelay;
    }

    /** Longest backoff delay. */
    public Duration retryMaxDelay() {
        return retryMaxDelay;
    }

    /** HTTP proxy host, or null. */
    public String proxyHost() {
        return proxyHost;
    }

    /** HTTP proxy port (0 without a proxy). */
    public int proxyPort() {
        return proxyPort;
    }

    /** Proxy user, or null. */
    public String proxyUser() {
        return proxyUser;
    }

    /** Proxy password, or null. */
    public String proxyPassword() {
        return proxyPassword;
    }

    /** Accept any server certificate (testing only). */
    public boolean ignoreSslVerification() {
        return ignoreSslVerification;
    }

    /** Trust for TLS; null means the JVM default. */
    public TrustManagerFactory trustManagerFactory() {
        return trustManagerFactory;
    }

    /** How calls are paced to the account's quota; never null. */
    public QuotaSettings quota() {
        return quota;
    }

    @Override
    public String toString() {
        return "OcrClientSettings[endpoint=" + endpoint + ", region=" + region + ", projectId=" + projectId
                + ", authMode=" + authMode + ", maxConcurrentRequests=" + maxConcurrentRequests + ", maxRetries="
                + maxRetries + ", quota=" + quota.rate() + "]";
    }

    /** Sets {@link OcrClientSettings} by name. */
    public static final class Builder {

        private URI endpoint;
        private String region;
        private String projectId;
        private URI iamEndpoint;
        private AuthMode authMode;
        private CredentialsProvider credentials;
        private String username;
        private String password;
        private String domainName;
        private Duration connectTimeout;
        private Duration requestTimeout;
        private Duration responseIdleTimeout;
        private int maxConnections;
        private int maxConcurrentRequests;
        private int maxRetries;
        private Duration retryInitialDelay;
        private Duration retryMaxDelay;
        private String proxyHost;
        private int proxyPort;
        private String proxyUser;
        private String proxyPassword;
        private boolean ignoreSslVerification;
        private TrustManagerFactory trustManagerFactory;
        private QuotaSettings quota = QuotaSettings.DEFAULT;

        private Builder() {
        }

        /** OCR base URL, e.g. {@code https://ocr.cn-north-4.myhuaweicloud.com} (http allowed for the emulator). */
        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** Region id, used for the IAM token scope and the project id lookup. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** IAM project id; when null it is looked up through IAM for the region and cached. */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /** IAM base URL, e.g. {@code https://iam.cn-north-4.myhuaweicloud.com}. */
        public Builder iamEndpoint(URI iamEndpoint) {
            this.iamEndpoint = iamEndpoint;
            return this;
        }

        /** AK/SK signing or IAM token. */
        public Builder authMode(AuthMode authMode) {
            this.authMode = authMode;
            return this;
        }

        /** Access key pair for AKSK mode (also signs the project id lookup); null in TOKEN mode without keys. */
        public Builder credentials(CredentialsProvider credentials) {
            this.credentials = credentials;
            return this;
        }

        /** IAM user name for TOKEN mode. */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** IAM password for TOKEN mode. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** Account (domain) name for TOKEN mode. */
        public Builder domainName(String domainName) {
            this.domainName = domainName;
            return this;
        }

        /** Time to open a connection. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** How long one attempt waits for its answer to start. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /** The longest silence in an answer that has started; null or zero turns the check off. */
        public Builder responseIdleTimeout(Duration responseIdleTimeout) {
            this.responseIdleTimeout = responseIdleTimeout;
            return this;
        }

        /** Size of the connection pool; the pool belongs to the {@link OcrTransport}, so the component picks the transport by this value and the client does not read it. */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** Calls in flight at once; excess calls wait without holding a thread; 0 or less means no limit. */
        public Builder maxConcurrentRequests(int maxConcurrentRequests) {
            this.maxConcurrentRequests = maxConcurrentRequests;
            return this;
        }

        /** Retries after the first attempt for retryable failures. */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /** First backoff delay. */
        public Builder retryInitialDelay(Duration retryInitialDelay) {
            this.retryInitialDelay = retryInitialDelay;
            return this;
        }

        /** Longest backoff delay. */
        public Builder retryMaxDelay(Duration retryMaxDelay) {
            this.retryMaxDelay = retryMaxDelay;
            return this;
        }

        /** HTTP proxy host, or null. */
        public Builder proxyHost(String proxyHost) {
            this.proxyHost = proxyHost;
            return this;
        }

        /** HTTP proxy port (0 without a proxy). */
        public Builder proxyPort(int proxyPort) {
            this.proxyPort = proxyPort;
            return this;
        }

        /** Proxy user, or null. */
        public Builder proxyUser(String proxyUser) {
            this.proxyUser = proxyUser;
            return this;
        }

        /** Proxy password, or null. */
        public Builder proxyPassword(String proxyPassword) {
            this.proxyPassword = proxyPassword;
            return this;
        }

        /** Accept any server certificate (testing only). */
        public Builder ignoreSslVerification(boolean ignoreSslVerification) {
            this.ignoreSslVerification = ignoreSslVerification;
            return this;
        }

        /** Trust for TLS; null means the JVM default. */
        public Builder trustManagerFactory(TrustManagerFactory trustManagerFactory) {
            this.trustManagerFactory = trustManagerFactory;
            return this;
        }

        /** How calls are paced to the account's quota; {@link QuotaSettings#DEFAULT} unless set. */
        public Builder quota(QuotaSettings quota) {
            this.quota = Objects.requireNonNull(quota, "quota");
            return this;
        }

        /**
         * @throws NullPointerException when the endpoint, the auth mode or a timeout or delay is missing
         */
        public OcrClientSettings build() {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(authMode, "authMode");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(retryInitialDelay, "retryInitialDelay");
            Objects.requireNonNull(retryMaxDelay, "retryMaxDelay");
            return new OcrClientSettings(this);
        }
    }
}

