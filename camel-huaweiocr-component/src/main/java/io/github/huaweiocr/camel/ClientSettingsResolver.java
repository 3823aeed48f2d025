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

import java.net.URI;
import java.net.URISyntaxException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import io.netty.handler.ssl.util.SimpleTrustManagerFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

import io.github.huaweiocr.camel.auth.AuthMode;
import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.auth.CredentialsProvider;
import io.github.huaweiocr.camel.client.OcrClientSettings;
import io.github.huaweiocr.camel.quota.QuotaRate;
import io.github.huaweiocr.camel.quota.QuotaSettings;

/**
 * Checks a configuration and resolves it into {@link OcrClientSettings}: default endpoints from the region, the
 * credentials of the chosen auth mode, TLS trust. Every problem is reported at once, when the endpoint is created, so
 * a wrong option stops the route from starting instead of failing the first message.
 */
final class ClientSettingsResolver {

    private static final List<String> KNOWN_REGIONS = Arrays.asList(HuaweiOcrConfiguration.REGIONS.split(","));

    private ClientSettingsResolver() {
    }

    /**
     * @throws IllegalArgumentException listing every problem found
     */
    static OcrClientSettings resolve(HuaweiOcrConfiguration config, CamelContext context) {
        List<String> problems = new ArrayList<>();
        String region = blankToNull(config.getRegion());
        URI endpoint = resolveUrl("endpoint", config.getEndpoint(), region, "ocr", problems);
        String projectId = blankToNull(config.getProjectId());
        if (projectId == null && region == null) {
            problems.add("projectId is not set, and there is no region to look it up in: set projectId (the IAM project"
                         + " id of the region) or region");
        }
        AuthMode mode = config.getAuthMode() == null ? AuthMode.AKSK : config.getAuthMode();
        // IAM is only called for tokens and for the project id lookup; otherwise its URL is informative at most.
        boolean needsIam = mode == AuthMode.TOKEN || projectId == null;
        URI iamEndpoint = needsIam || blankToNull(config.getIamEndpoint()) != null
                ? resolveUrl("iamEndpoint", config.getIamEndpoint(), region, "iam", problems)
                : null;
        CredentialsProvider credentials = null;
        if (mode == AuthMode.AKSK) {
            credentials = credentials(config, problems);
        } else {
            requireSet("username", config.getUsername(), "authMode=TOKEN", problems);
            requireSet("password", config.getPassword(), "authMode=TOKEN", problems);
            requireSet("domainName", config.getDomainName(), "authMode=TOKEN", problems);
            if (config.getAccessKey() != null && config.getSecretKey() != null) {
                // Access keys still sign the project id lookup when one is needed.
                credentials = CredentialsProvider.of(new Credentials(config.getAccessKey(), config.getSecretKey(),
                        blankToNull(config.getSecurityToken())));
            }
        }
        if (blankToNull(config.getProxyHost()) != null && config.getProxyPort() == null) {
            problems.add("proxyHost is set without proxyPort");
        }
        if (config.getProxyPort() != null && (config.getProxyPort() < 1 || config.getProxyPort() > 65535)) {
            problems.add("proxyPort must be 1..65535, not " + config.getProxyPort());
        }
        if (blankToNull(config.getProxyUser()) != null && config.getProxyPassword() == null) {
            problems.add("proxyUser is set without proxyPassword");
        }
        atLeast("connectTimeout", config.getConnectTimeout(), 1, problems);
        atLeast("requestTimeout", config.getRequestTimeout(), 1, problems);
        atLeast("responseIdleTimeout", config.getResponseIdleTimeout(), 0, problems);
        atLeast("maxConnections", config.getMaxConnections(), 1, problems);
        atLeast("maxConcurrentRequests", config.getMaxConcurrentRequests(), 1, problems);
        atLeast("maxRetries", config.getMaxRetries(), 0, problems);
        atLeast("retryInitialDelay", config.getRetryInitialDelay(), 0, problems);
        atLeast("retryMaxDelay", config.getRetryMaxDelay(), config.getRetryInitialDelay(), problems);
        atLeast("quotaPerMinute", config.getQuotaPerMinute(), 0, problems);
        atLeast("quotaPerSecond", config.getQuotaPerSecond(), 0, problems);
        TrustManagerFactory trust = trust(config.getSslContextParameters(), context, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid huaweiocr configuration: " + String.join("; ", problems));
        }
        return OcrClientSettings.builder()
                .endpoint(endpoint)
                .region(region)
                .projectId(projectId)
                .iamEndpoint(iamEndpoint)
                .authMode(mode)
                .credentials(credentials)
                .username(blankToNull(config.getUsername()))
                .password(config.getPassword())
                .domainName(blankToNull(config.getDomainName()))
                .connectTimeout(Duration.ofMillis(config.getConnectTimeout()))
                .requestTimeout(Duration.ofMillis(config.getRequestTimeout()))
                .responseIdleTimeout(Duration.ofMillis(config.getResponseIdleTimeout()))
                .maxConnections(config.getMaxConnections())
                .maxConcurrentRequests(config.getMaxConcurrentRequests())
                .maxRetries(config.getMaxRetries())
                .retryInitialDelay(Duration.ofMillis(config.getRetryInitialDelay()))
                .retryMaxDelay(Duration.ofMillis(config.getRetryMaxDelay()))
                .proxyHost(blankToNull(config.getProxyHost()))
                .proxyPort(config.getProxyPort() == null ? 0 : config.getProxyPort())
                .proxyUser(blankToNull(config.getProxyUser()))
                .proxyPassword(config.getProxyPassword())
                .ignoreSslVerification(config.isIgnoreSslVerification())
                .trustManagerFactory(trust)
                .quota(new QuotaSettings(new QuotaRate(config.getQuotaPerSecond(), config.getQuotaPerMinute()),
                        config.isAdaptivePacing(), config.getQuotaStore()))
                .build();
    }

    private static CredentialsProvider credentials(HuaweiOcrConfiguration config, List<String> problems) {
        if (config.getCredentialsProvider() != null) {
            return config.getCredentialsProvider();
        }
        String accessKey = blankToNull(config.getAccessKey());
        String secretKey = blankToNull(config.getSecretKey());
        if (accessKey == null || secretKey == null) {
            problems.add("authMode=AKSK needs " + (accessKey == null && secretKey == null ? "accessKey and secretKey"
                    : accessKey == null ? "accessKey (secretKey is set)" : "secretKey (accessKey is set)")
                         + ", or a credentialsProvider; or use authMode=TOKEN with username, password and domainName");
            return null;
        }
        return CredentialsProvider.of(new Credentials(accessKey, secretKey, blankToNull(config.getSecurityToken())));
    }

    private static URI resolveUrl(String option, String value, String region, String service, List<String> problems) {
        String url = blankToNull(value);
        if (url == null) {
            if (region == null) {
                problems.add(option + " is not set and there is no region to derive it from: set region (one of "
                             + HuaweiOcrConfiguration.REGIONS + ") or " + option);
                return null;
            }
            if (!KNOWN_REGIONS.contains(region)) {
                problems.add("region '" + region + "' is not one Huawei OCR is offered in (" + HuaweiOcrConfiguration.REGIONS
                             + "); set " + option + " explicitly to use another");
                return null;
            }
            return URI.create("https://" + service + "." + region + ".myhuaweicloud.com");
        }
        try {
            URI uri = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(option + " must be an absolute http(s) URL such as https://" + service
                     + ".cn-north-4.myhuaweicloud.com, not '" + url + "'");
        return null;
    }

    private static TrustManagerFactory trust(SSLContextParameters ssl, CamelContext context, List<String> problems) {
        if (ssl == null || ssl.getTrustManagers() == null) {
            return null;
        }
        TrustManagersParameters parameters = ssl.getTrustManagers();
        // Key stores are loaded as Camel resources (classpath:, file:), which needs the context.
        if (parameters.getCamelContext() == null) {
            parameters.setCamelContext(context);
        }
        if (parameters.getKeyStore() != null && parameters.getKeyStore().getCamelContext() == null) {
            parameters.getKeyStore().setCamelContext(context);
        }
        try {
            return new FixedTrustManagerFactory(parameters.createTrustManagers());
        } catch (Exception e) {
            problems.add("sslContextParameters cannot be loaded: " + e.getMessage());
            return null;
        }
    }

    private static void requireSet(String option, String value, String because, List<String> problems) {
        if (blankToNull(value) == null) {
            problems.add(because + " needs " + option);
        }
    }

    private static void atLeast(String option, long value, long min, List<String> problems) {
        if (value < min) {
            problems.add(option + " must be at least " + min + ", not " + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Hands the trust managers Camel built from SSLContextParameters to a client that takes a factory. */
    private static final class FixedTrustManagerFactory extends SimpleTrustManagerFactory {

        private final TrustManager[] trustManagers;

        FixedTrustManagerFactory(TrustManager[] trustManagers) {
            this.trustManagers = trustManagers.clone();
        }

        @Override
        protected void engineInit(KeyStore keyStore) {
            // Already initialised from SSLContextParameters.
        }

        @Override
        protected void engineInit(ManagerFactoryParameters parameters) {
            // Already initialised from SSLContextParameters.
        }

        @Override
        protected TrustManager[] engineGetTrustManagers() {
            return trustManagers.clone();
        }
    }
}
