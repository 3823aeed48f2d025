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
package io.github.huaweiocr.springboot;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Recognise documents with one of the 52 Huawei Cloud OCR APIs: the message body is the document, the
 * body becomes the recognition result.
 *
 * The {@code camel.component.huaweiocr.*} properties: one per option of the component, in the shape camel-spring-boot
 * generates for its starters. Written by {@code src/build/generate_starter.py} from the component's catalog;
 * re-run it when an option changes rather than editing by hand.
 */
@ConfigurationProperties(prefix = "camel.component.huaweiocr")
public class HuaweiOcrComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the huaweiocr component. This is
     * enabled by default.
     */
    private Boolean enabled;
    /**
     * Learn from 429 answers (APIG.0308): adopt the limit Huawei names in its
     * message when it is lower than the configured one; when a quota window is
     * used up, hold the calls until it ends (one probe at a time) instead of
     * retrying into it, and pace this node at the calls it was accepted in that
     * window, growing by 1 % of the quota per window after that; so that a node
     * told nothing, or sharing the account with other clients, converges
     * without a storm of retries. false paces to the configured quota only.
     */
    private Boolean adaptivePacing = true;
    /**
     * Send presigned URLs even for buckets outside the OCR region (Huawei OCR
     * reads only public-read objects there and otherwise answers
     * ModelArts.4704). By default such a bucket is refused before the call,
     * with the advice to use obsInputMode=DOWNLOAD.
     */
    private Boolean allowCrossRegionObs = false;
    /**
     * Scale down (aspect ratio kept) and recompress an image that breaks the
     * operation's pixel or 10 MB limits instead of refusing it. Never upscales.
     */
    private Boolean autoDownscale = false;
    /**
     * For a batch body (a List, Collection or array of documents): stop at the
     * first failed item and fail the exchange, instead of reporting each
     * failure in its item's entry.
     */
    private Boolean batchFailFast = false;
    /**
     * Confidence review (0..1): sets CamelHuaweiOcrLowConfidence and
     * CamelHuaweiOcrLowConfidenceFields for confidences below this value.
     */
    private Double confidenceThreshold;
    /**
     * The configuration shared by every endpoint; each endpoint can override
     * any option. The option is a
     * io.github.huaweiocr.camel.HuaweiOcrConfiguration type.
     */
    private io.github.huaweiocr.camel.HuaweiOcrConfiguration configuration;
    /**
     * The OCR base URL, overriding the one derived from region, e.g.
     * https://ocr.cn-north-4.myhuaweicloud.com. http is allowed (for a local
     * emulator).
     */
    private String endpoint;
    /**
     * The enterprise project id to bill calls to, sent as the
     * Enterprise-Project-Id header.
     */
    private String enterpriseProjectId;
    /**
     * Whether the producer should be started lazy (on the first message). By
     * starting lazy you can use this to allow CamelContext and routes to
     * startup in situations where a producer may otherwise fail during starting
     * and cause the route to fail being started. By deferring this startup to
     * be lazy then the startup failure can be handled during routing messages
     * via Camel's routing error handlers. Beware that when the first message is
     * processed then creating and starting the producer may take a little time
     * and prolong the total processing time of the processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * The most PDF pages one message may recognise (each page is a paid call);
     * a larger selection is refused before any call. A 500-page scan fits the
     * default; for longer documents split the PDF into one exchange per page
     * with HuaweiOcrPdfPages.pages().
     */
    private Integer maxPages = 1000;
    /**
     * Read the object named by the headers of a camel-minio, camel-aws2-s3 or
     * hwcloud-obs consumer (bucket and key) even when the body is not empty; by
     * default those headers are used only when the body is empty. A body
     * obs://bucket/key always names an object.
     */
    private Boolean objectInput = false;
    /**
     * The OBS (or any S3-compatible) endpoint objects are read from; default
     * https://obs.{region}.myhuaweicloud.com. http is allowed for local stores.
     */
    private String obsEndpoint;
    /**
     * How an OBS/S3 object reaches the service: URL sends a short-lived
     * presigned GET URL (the bytes never pass through the route; the bucket
     * must be in the OCR region), DOWNLOAD downloads the object and sends it
     * as base64: a PDF larger than one call is recognised page by page from a
     * temporary copy, any other object larger than one call is refused before
     * it is downloaded.
     */
    private io.github.huaweiocr.camel.obs.ObsInputMode obsInputMode = io.github.huaweiocr.camel.obs.ObsInputMode.URL;
    /**
     * Lifetime of presigned object URLs, in milliseconds (1 second to 7 days).
     * Takes a duration such as 10s or 500ms; a plain number is milliseconds.
     */
    private java.time.Duration obsUrlExpiry = java.time.Duration.ofMillis(300000);
    /**
     * What the body becomes: MAP (the result as a Map, or a List for array
     * results), JSON (the result as JSON text), NODE (a Jackson JsonNode) or
     * TEXT (recognised lines joined by newlines; for generalText, handwriting,
     * webImage, generalTable and smartDocumentRecognizer), EXCEL (the .xlsx
     * bytes the table APIs return; generalTable, financialStatement,
     * smartDocumentRecognizer) or CSV (their tables as CSV, merged cells in
     * their top-left position).
     */
    private io.github.huaweiocr.camel.result.OutputType outputType = io.github.huaweiocr.camel.result.OutputType.MAP;
    /**
     * The PDF pages to recognise, 1-based: e.g. 1-3,5 or 7- (page 7 to the
     * end); default all.
     */
    private String pages;
    /**
     * The API's own request fields for every endpoint, one key per field, e.g.
     * camel.component.huaweiocr.parameters.side=back or
     * camel.component.huaweiocr.parameters.return_verification=true. Checked
     * against the operation's fields and types when an endpoint is created;
     * endpoints add or override fields with their param.* options.
     */
    private java.util.Map<String, Object> parameters;
    /**
     * Resolution (50 to 600 dpi) PDF pages are rendered at for operations that
     * do not read PDF.
     */
    private Integer pdfDpi = 150;
    /**
     * The IAM project id of the region (the {project_id} in every OCR URL).
     * When absent it is looked up through IAM for the region once and cached;
     * then region is required.
     */
    private String projectId;
    /**
     * The account's quota for this operation in calls per minute, as Huawei
     * counts it (per account and API, the window named in APIG.0308's message).
     * Calls are paced to it before they are sent, waiting without a thread, so
     * they are not throttled. Set at component level it applies to each
     * operation; set on an endpoint, to its operation. 0 means not known.
     */
    private Integer quotaPerMinute = 0;
    /**
     * The account's quota for this operation in calls per second, when Huawei
     * applies a per-second window too. Paced like quotaPerMinute; both may be
     * set. 0 means not known.
     */
    private Integer quotaPerSecond = 0;
    /**
     * Where the replicas of this application share the quota (e.g. a
     * PostgresQuotaStore on the database they already use), so that together
     * they send no faster than it allows. Used when a quota is known. When the
     * store cannot be reached the node paces on its own (adaptively), logs it
     * once and says so in its health check. The option is a
     * io.github.huaweiocr.camel.quota.QuotaStore type.
     */
    private io.github.huaweiocr.camel.quota.QuotaStore quotaStore;
    /**
     * The Huawei Cloud region, e.g. cn-north-4. Gives the default endpoint
     * (https://ocr.{region}.myhuaweicloud.com) and IAM endpoint, and scopes IAM
     * tokens and the project id lookup. Any region is accepted when endpoint is
     * set explicitly.
     */
    private String region;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring
     * options (the option must be marked as autowired) by looking up in the
     * registry to find if there is a single instance of matching type, which
     * then gets configured on the component. This can be used for automatic
     * configuring JDBC data sources, JMS connection factories, AWS Clients,
     * etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * How long to wait for a TCP (and TLS) connection, in milliseconds. Takes a
     * duration such as 10s or 500ms; a plain number is milliseconds.
     */
    private java.time.Duration connectTimeout = java.time.Duration.ofMillis(10000);
    /**
     * How many calls may be in flight at once per endpoint; further calls wait
     * without holding a thread.
     */
    private Integer maxConcurrentRequests = 64;
    /**
     * Size of the HTTP connection pool. Endpoints that keep the component's
     * value share one pool; an endpoint with a different value gets its own.
     */
    private Integer maxConnections = 100;
    /**
     * Retries after the first attempt for retryable failures (throttling,
     * gateway timeouts, 5xx, connection resets). 0 disables retries.
     */
    private Integer maxRetries = 3;
    /**
     * A ready-made OCR client to use instead of building one from these options
     * (connection, authentication and retry options are then ignored). The
     * component never closes a client it did not build. The option is a
     * io.github.huaweiocr.camel.client.OcrClient type.
     */
    private io.github.huaweiocr.camel.client.OcrClient ocrClient;
    /**
     * How long one HTTP request waits for its answer to start, in
     * milliseconds: the time Huawei may take to recognise the document. Takes
     * a duration such as 10s or 500ms; a plain number is milliseconds.
     */
    private java.time.Duration requestTimeout = java.time.Duration.ofMillis(60000);
    /**
     * Once an answer has started (status and headers received), the longest
     * silence in it before the connection is taken as broken and the request
     * retried, in milliseconds, instead of waiting out requestTimeout. 0 turns
     * it off (requestTimeout then applies between any two reads). Takes a
     * duration such as 10s or 500ms; a plain number is milliseconds.
     */
    private java.time.Duration responseIdleTimeout = java.time.Duration.ofMillis(5000);
    /**
     * First retry delay in milliseconds, doubled on each retry with jitter.
     * Throttling (APIG.0308, HTTP 429) always waits at least 2 seconds, as
     * Huawei advises. Takes a duration such as 10s or 500ms; a plain number is
     * milliseconds.
     */
    private java.time.Duration retryInitialDelay = java.time.Duration.ofMillis(500);
    /**
     * Longest delay between two retries, in milliseconds. Takes a duration such
     * as 10s or 500ms; a plain number is milliseconds.
     */
    private java.time.Duration retryMaxDelay = java.time.Duration.ofMillis(30000);
    /**
     * Used for enabling or disabling all consumer based health checks from this
     * component.
     */
    private Boolean healthCheckConsumerEnabled = true;
    /**
     * Used for enabling or disabling all producer based health checks from this
     * component. Notice: Camel has by default disabled all producer based
     * health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;
    /**
     * The host of an HTTP proxy that OCR and IAM requests go through.
     */
    private String proxyHost;
    /**
     * The password for a proxy that requires authentication. This option is a
     * secret: keep it out of source control and logs.
     */
    private String proxyPassword;
    /**
     * The port of the HTTP proxy; required with proxyHost.
     */
    private Integer proxyPort;
    /**
     * The user name for a proxy that requires authentication.
     */
    private String proxyUser;
    /**
     * The access key id (AK) for AKSK authentication. This option is a secret:
     * keep it out of source control and logs.
     */
    private String accessKey;
    /**
     * How requests are authenticated: AKSK signs every request with accessKey
     * and secretKey (SDK-HMAC-SHA256); TOKEN sends an IAM user token obtained
     * with username, password and domainName, refreshed before it expires.
     */
    private io.github.huaweiocr.camel.auth.AuthMode authMode = io.github.huaweiocr.camel.auth.AuthMode.AKSK;
    /**
     * A provider of access keys asked for every request, for rotating or
     * temporary credentials (secrets manager, STS). Used instead of
     * accessKey/secretKey/securityToken in AKSK mode. The option is a
     * io.github.huaweiocr.camel.auth.CredentialsProvider type.
     */
    private io.github.huaweiocr.camel.auth.CredentialsProvider credentialsProvider;
    /**
     * The account (domain) name the IAM user belongs to, for TOKEN
     * authentication.
     */
    private String domainName;
    /**
     * The IAM base URL for tokens and project lookups, overriding the one
     * derived from region (https://iam.{region}.myhuaweicloud.com).
     */
    private String iamEndpoint;
    /**
     * Accept any server certificate and host name. Only for testing against a
     * self-signed server: it removes all protection against interception. A
     * warning is logged.
     */
    private Boolean ignoreSslVerification = false;
    /**
     * Access key of the object store; default the OCR accessKey (one AK/SK
     * serves both on Huawei Cloud). This option is a secret: keep it out of
     * source control and logs.
     */
    private String obsAccessKey;
    /**
     * Secret key of the object store; default the OCR secretKey. This option is
     * a secret: keep it out of source control and logs.
     */
    private String obsSecretKey;
    /**
     * The IAM user password for TOKEN authentication. This option is a secret:
     * keep it out of source control and logs.
     */
    private String password;
    /**
     * The secret access key (SK) for AKSK authentication. This option is a
     * secret: keep it out of source control and logs.
     */
    private String secretKey;
    /**
     * The security token of temporary (STS) credentials, sent as
     * X-Security-Token with AKSK signing. This option is a secret: keep it out
     * of source control and logs.
     */
    private String securityToken;
    /**
     * TLS settings (trust store, protocols) for the OCR and IAM endpoints. By
     * default the JVM's trusted certificates are used. The option is a
     * org.apache.camel.support.jsse.SSLContextParameters type.
     */
    private org.apache.camel.support.jsse.SSLContextParameters sslContextParameters;
    /**
     * Use the global SSLContextParameters of the Camel context when an endpoint
     * sets none.
     */
    private Boolean useGlobalSslContextParameters = false;
    /**
     * The IAM user name for TOKEN authentication.
     */
    private String username;

    public Boolean getAdaptivePacing() {
        return adaptivePacing;
    }

    public void setAdaptivePacing(Boolean adaptivePacing) {
        this.adaptivePacing = adaptivePacing;
    }

    public Boolean getAllowCrossRegionObs() {
        return allowCrossRegionObs;
    }

    public void setAllowCrossRegionObs(Boolean allowCrossRegionObs) {
        this.allowCrossRegionObs = allowCrossRegionObs;
    }

    public Boolean getAutoDownscale() {
        return autoDownscale;
    }

    public void setAutoDownscale(Boolean autoDownscale) {
        this.autoDownscale = autoDownscale;
    }

    public Boolean getBatchFailFast() {
        return batchFailFast;
    }

    public void setBatchFailFast(Boolean batchFailFast) {
        this.batchFailFast = batchFailFast;
    }

    public Double getConfidenceThreshold() {
        return confidenceThreshold;
    }

    public void setConfidenceThreshold(Double confidenceThreshold) {
        this.confidenceThreshold = confidenceThreshold;
    }

    public io.github.huaweiocr.camel.HuaweiOcrConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(io.github.huaweiocr.camel.HuaweiOcrConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getEnterpriseProjectId() {
        return enterpriseProjectId;
    }

    public void setEnterpriseProjectId(String enterpriseProjectId) {
        this.enterpriseProjectId = enterpriseProjectId;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Integer getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(Integer maxPages) {
        this.maxPages = maxPages;
    }

    public Boolean getObjectInput() {
        return objectInput;
    }

    public void setObjectInput(Boolean objectInput) {
        this.objectInput = objectInput;
    }

    public String getObsEndpoint() {
        return obsEndpoint;
    }

    public void setObsEndpoint(String obsEndpoint) {
        this.obsEndpoint = obsEndpoint;
    }

    public io.github.huaweiocr.camel.obs.ObsInputMode getObsInputMode() {
        return obsInputMode;
    }

    public void setObsInputMode(io.github.huaweiocr.camel.obs.ObsInputMode obsInputMode) {
        this.obsInputMode = obsInputMode;
    }

    public java.time.Duration getObsUrlExpiry() {
        return obsUrlExpiry;
    }

    public void setObsUrlExpiry(java.time.Duration obsUrlExpiry) {
        this.obsUrlExpiry = obsUrlExpiry;
    }

    public io.github.huaweiocr.camel.result.OutputType getOutputType() {
        return outputType;
    }

    public void setOutputType(io.github.huaweiocr.camel.result.OutputType outputType) {
        this.outputType = outputType;
    }

    public String getPages() {
        return pages;
    }

    public void setPages(String pages) {
        this.pages = pages;
    }

    public java.util.Map<String, Object> getParameters() {
        return parameters;
    }

    public void setParameters(java.util.Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    public Integer getPdfDpi() {
        return pdfDpi;
    }

    public void setPdfDpi(Integer pdfDpi) {
        this.pdfDpi = pdfDpi;
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public Integer getQuotaPerMinute() {
        return quotaPerMinute;
    }

    public void setQuotaPerMinute(Integer quotaPerMinute) {
        this.quotaPerMinute = quotaPerMinute;
    }

    public Integer getQuotaPerSecond() {
        return quotaPerSecond;
    }

    public void setQuotaPerSecond(Integer quotaPerSecond) {
        this.quotaPerSecond = quotaPerSecond;
    }

    public io.github.huaweiocr.camel.quota.QuotaStore getQuotaStore() {
        return quotaStore;
    }

    public void setQuotaStore(io.github.huaweiocr.camel.quota.QuotaStore quotaStore) {
        this.quotaStore = quotaStore;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public java.time.Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(java.time.Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(Integer maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public io.github.huaweiocr.camel.client.OcrClient getOcrClient() {
        return ocrClient;
    }

    public void setOcrClient(io.github.huaweiocr.camel.client.OcrClient ocrClient) {
        this.ocrClient = ocrClient;
    }

    public java.time.Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(java.time.Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public java.time.Duration getResponseIdleTimeout() {
        return responseIdleTimeout;
    }

    public void setResponseIdleTimeout(java.time.Duration responseIdleTimeout) {
        this.responseIdleTimeout = responseIdleTimeout;
    }

    public java.time.Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(java.time.Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public java.time.Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(java.time.Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUser() {
        return proxyUser;
    }

    public void setProxyUser(String proxyUser) {
        this.proxyUser = proxyUser;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public io.github.huaweiocr.camel.auth.AuthMode getAuthMode() {
        return authMode;
    }

    public void setAuthMode(io.github.huaweiocr.camel.auth.AuthMode authMode) {
        this.authMode = authMode;
    }

    public io.github.huaweiocr.camel.auth.CredentialsProvider getCredentialsProvider() {
        return credentialsProvider;
    }

    public void setCredentialsProvider(io.github.huaweiocr.camel.auth.CredentialsProvider credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
    }

    public String getDomainName() {
        return domainName;
    }

    public void setDomainName(String domainName) {
        this.domainName = domainName;
    }

    public String getIamEndpoint() {
        return iamEndpoint;
    }

    public void setIamEndpoint(String iamEndpoint) {
        this.iamEndpoint = iamEndpoint;
    }

    public Boolean getIgnoreSslVerification() {
        return ignoreSslVerification;
    }

    public void setIgnoreSslVerification(Boolean ignoreSslVerification) {
        this.ignoreSslVerification = ignoreSslVerification;
    }

    public String getObsAccessKey() {
        return obsAccessKey;
    }

    public void setObsAccessKey(String obsAccessKey) {
        this.obsAccessKey = obsAccessKey;
    }

    public String getObsSecretKey() {
        return obsSecretKey;
    }

    public void setObsSecretKey(String obsSecretKey) {
        this.obsSecretKey = obsSecretKey;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getSecurityToken() {
        return securityToken;
    }

    public void setSecurityToken(String securityToken) {
        this.securityToken = securityToken;
    }

    public org.apache.camel.support.jsse.SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
