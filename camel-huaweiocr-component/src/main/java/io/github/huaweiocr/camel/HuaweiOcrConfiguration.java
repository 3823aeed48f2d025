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

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

import io.github.huaweiocr.camel.auth.AuthMode;
import io.github.huaweiocr.camel.auth.CredentialsProvider;
import io.github.huaweiocr.camel.client.OcrClient;
import io.github.huaweiocr.camel.obs.ObsInputMode;
import io.github.huaweiocr.camel.quota.QuotaStore;
import io.github.huaweiocr.camel.result.OutputType;

/**
 * Every option of the huaweiocr component. The component holds one instance; each endpoint starts from a
 * {@link #copy()} of it and applies its own URI options on top, so anything can be set once for all routes
 * ({@code camel.component.huaweiocr.access-key=...}) and overridden per endpoint.
 */
@UriParams
public class HuaweiOcrConfiguration implements Cloneable {

    /** Regions whose OCR endpoint Huawei's SDK knows (spec section 1). */
    public static final String REGIONS = "cn-north-4,cn-north-1,cn-east-3,cn-south-1,cn-southwest-2,ap-southeast-1,"
            + "ap-southeast-2,ap-southeast-3,af-south-1,la-south-2,la-north-2";

    @UriParam(label = "producer", enums = REGIONS,
              description = "The Huawei Cloud region, e.g. cn-north-4. Gives the default endpoint"
                            + " (https://ocr.{region}.myhuaweicloud.com) and IAM endpoint, and scopes IAM tokens and the"
                            + " project id lookup. Any region is accepted when endpoint is set explicitly.")
    private String region;

    @UriParam(label = "producer",
              description = "The OCR base URL, overriding the one derived from region, e.g."
                            + " https://ocr.cn-north-4.myhuaweicloud.com. http is allowed (for a local emulator).")
    private String endpoint;

    @UriParam(label = "producer",
              description = "The IAM project id of the region (the {project_id} in every OCR URL). When absent it is"
                            + " looked up through IAM for the region once and cached; then region is required.")
    private String projectId;

    @UriParam(label = "producer",
              description = "The enterprise project id to bill calls to, sent as the Enterprise-Project-Id header.")
    private String enterpriseProjectId;

    @UriParam(label = "security",
              description = "The IAM base URL for tokens and project lookups, overriding the one derived from region"
                            + " (https://iam.{region}.myhuaweicloud.com).")
    private String iamEndpoint;

    @UriParam(label = "security", defaultValue = "AKSK",
              description = "How requests are authenticated: AKSK signs every request with accessKey and secretKey"
                            + " (SDK-HMAC-SHA256); TOKEN sends an IAM user token obtained with username, password and"
                            + " domainName, refreshed before it expires.")
    private AuthMode authMode = AuthMode.AKSK;

    @UriParam(label = "security", secret = true, description = "The access key id (AK) for AKSK authentication.")
    private String accessKey;

    @UriParam(label = "security", secret = true, description = "The secret access key (SK) for AKSK authentication.")
    private String secretKey;

    @UriParam(label = "security", secret = true,
              description = "The security token of temporary (STS) credentials, sent as X-Security-Token with AKSK"
                            + " signing.")
    private String securityToken;

    @UriParam(label = "security", description = "The IAM user name for TOKEN authentication.")
    private String username;

    @UriParam(label = "security", secret = true, description = "The IAM user password for TOKEN authentication.")
    private String password;

    @UriParam(label = "security",
              description = "The account (domain) name the IAM user belongs to, for TOKEN authentication.")
    private String domainName;

    @UriParam(label = "security",
              description = "A provider of access keys asked for every request, for rotating or temporary credentials"
                            + " (secrets manager, STS). Used instead of accessKey/secretKey/securityToken in AKSK mode.")
    @Metadata(autowired = true)
    private CredentialsProvider credentialsProvider;

    @UriParam(label = "security",
              description = "TLS settings (trust store, protocols) for the OCR and IAM endpoints. By default the JVM's"
                            + " trusted certificates are used.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "security", defaultValue = "false",
              description = "Accept any server certificate and host name. Only for testing against a self-signed"
                            + " server: it removes all protection against interception. A warning is logged.")
    private boolean ignoreSslVerification;

    @UriParam(label = "proxy", description = "The host of an HTTP proxy that OCR and IAM requests go through.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The port of the HTTP proxy; required with proxyHost.")
    private Integer proxyPort;

    @UriParam(label = "proxy", description = "The user name for a proxy that requires authentication.")
    private String proxyUser;

    @UriParam(label = "proxy", secret = true, description = "The password for a proxy that requires authentication.")
    private String proxyPassword;

    @UriParam(label = "producer", defaultValue = "MAP",
              description = "What the body becomes: MAP (the result as a Map, or a List for array results), JSON (the"
                            + " result as JSON text), NODE (a Jackson JsonNode) or TEXT (recognised lines joined by"
                            + " newlines; for generalText, handwriting, webImage, generalTable and"
                            + " smartDocumentRecognizer), EXCEL (the .xlsx bytes the table APIs return; generalTable,"
                            + " financialStatement, smartDocumentRecognizer) or CSV (their tables as CSV, merged cells in"
                            + " their top-left position).")
    private OutputType outputType = OutputType.MAP;

    @UriParam(label = "producer", prefix = "param.", multiValue = true,
              description = "The API's own request fields, one option per field: the field name after the param."
                            + " prefix, e.g. param.side=back or param.return_verification=true. Checked against the operation's fields and types when"
                            + " the endpoint is created: booleans as true/false, integers, JSON for objects and arrays,"
                            + " comma lists for arrays of strings.")
    private Map<String, Object> parameters = new LinkedHashMap<>();

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a TCP (and TLS) connection, in milliseconds.")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long one HTTP request waits for its answer to start, in milliseconds: the time"
                            + " Huawei may take to recognise the document.")
    private long requestTimeout = 60_000;

    @UriParam(label = "advanced", defaultValue = "5000", javaType = "java.time.Duration",
              description = "Once an answer has started (status and headers received), the longest silence in it"
                            + " before the connection is taken as broken and the request retried, in milliseconds,"
                            + " instead of waiting out requestTimeout. 0 turns it off (requestTimeout then applies"
                            + " between any two reads).")
    private long responseIdleTimeout = 5_000;

    @UriParam(label = "advanced", defaultValue = "100",
              description = "Size of the HTTP connection pool. Endpoints that keep the component's value share one"
                            + " pool; an endpoint with a different value gets its own.")
    private int maxConnections = 100;

    @UriParam(label = "advanced", defaultValue = "64",
              description = "How many calls may be in flight at once per endpoint; further calls wait without holding"
                            + " a thread.")
    private int maxConcurrentRequests = 64;

    @UriParam(label = "advanced", defaultValue = "3",
              description = "Retries after the first attempt for retryable failures (throttling, gateway timeouts,"
                            + " 5xx, connection resets). 0 disables retries.")
    private int maxRetries = 3;

    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration",
              description = "First retry delay in milliseconds, doubled on each retry with jitter. Throttling"
                            + " (APIG.0308, HTTP 429) always waits at least 2 seconds, as Huawei advises.")
    private long retryInitialDelay = 500;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Longest delay between two retries, in milliseconds.")
    private long retryMaxDelay = 30_000;

    @UriParam(label = "producer,quota", defaultValue = "0",
              description = "The account's quota for this operation in calls per minute, as Huawei counts it (per"
                            + " account and API, the window named in APIG.0308's message). Calls are paced to it"
                            + " before they are sent, waiting without a thread, so they are not throttled. Set at"
                            + " component level it applies to each operation; set on an endpoint, to its operation."
                            + " 0 means not known.")
    private int quotaPerMinute;

    @UriParam(label = "producer,quota", defaultValue = "0",
              description = "The account's quota for this operation in calls per second, when Huawei applies a"
                            + " per-second window too. Paced like quotaPerMinute; both may be set. 0 means not known.")
    private int quotaPerSecond;

    @UriParam(label = "producer,quota", defaultValue = "true",
              description = "Learn from 429 answers (APIG.0308): adopt the limit Huawei names in its message when"
                            + " it is lower than the configured one; when a quota window is used up, hold the calls"
                            + " until it ends (one probe at a time) instead of retrying into it, and pace this node"
                            + " at the calls it was accepted in that window, growing by 1 % of the quota per window"
                            + " after that; so that a node told nothing, or sharing the account with other clients,"
                            + " converges without a storm of retries. false paces to the configured quota only.")
    private boolean adaptivePacing = true;

    @UriParam(label = "producer,quota",
              description = "Where the replicas of this application share the quota (e.g. a PostgresQuotaStore on the"
                            + " database they already use), so that together they send no faster than it allows."
                            + " Used when a quota is known. When the store cannot be reached the node paces on its"
                            + " own (adaptively), logs it once and says so in its health check.")
    @Metadata(autowired = true)
    private QuotaStore quotaStore;

    @UriParam(label = "advanced",
              description = "A ready-made OCR client to use instead of building one from these options (connection,"
                            + " authentication and retry options are then ignored). The component never closes a"
                            + " client it did not build.")
    @Metadata(autowired = true)
    private OcrClient ocrClient;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Read the object named by the headers of a camel-minio, camel-aws2-s3 or hwcloud-obs consumer"
                            + " (bucket and key) even when the body is not empty; by default those headers are used"
                            + " only when the body is empty. A body obs://bucket/key always names an object.")
    private boolean objectInput;

    @UriParam(label = "producer", defaultValue = "URL",
              description = "How an OBS/S3 object reaches the service: URL sends a short-lived presigned GET URL (the"
                            + " bytes never pass through the route; the bucket must be in the OCR region), DOWNLOAD"
                            + " downloads the object and sends it as base64: a PDF larger than one call is recognised"
                            + " page by page from a temporary copy, any other object larger than one call is refused"
                            + " before it is downloaded.")
    private ObsInputMode obsInputMode = ObsInputMode.URL;

    @UriParam(label = "producer", defaultValue = "300000", javaType = "java.time.Duration",
              description = "Lifetime of presigned object URLs, in milliseconds (1 second to 7 days).")
    private long obsUrlExpiry = 300_000;

    @UriParam(label = "producer",
              description = "The OBS (or any S3-compatible) endpoint objects are read from; default"
                            + " https://obs.{region}.myhuaweicloud.com. http is allowed for local stores.")
    private String obsEndpoint;

    @UriParam(label = "security", secret = true,
              description = "Access key of the object store; default the OCR accessKey (one AK/SK serves both on"
                            + " Huawei Cloud).")
    private String obsAccessKey;

    @UriParam(label = "security", secret = true,
              description = "Secret key of the object store; default the OCR secretKey.")
    private String obsSecretKey;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Send presigned URLs even for buckets outside the OCR region (Huawei OCR reads only"
                            + " public-read objects there and otherwise answers ModelArts.4704). By default such a"
                            + " bucket is refused before the call, with the advice to use obsInputMode=DOWNLOAD.")
    private boolean allowCrossRegionObs;

    @UriParam(label = "producer", defaultValue = "150",
              description = "Resolution (50 to 600 dpi) PDF pages are rendered at for operations that do not read PDF.")
    private int pdfDpi = 150;

    @UriParam(label = "producer",
              description = "The PDF pages to recognise, 1-based: e.g. 1-3,5 or 7- (page 7 to the end); default all.")
    private String pages;

    @UriParam(label = "producer", defaultValue = "1000",
              description = "The most PDF pages one message may recognise (each page is a paid call); a larger"
                            + " selection is refused before any call. A 500-page scan fits the default; for longer"
                            + " documents split the PDF into one exchange per page with HuaweiOcrPdfPages.pages().")
    private int maxPages = 1000;

    @UriParam(label = "producer", defaultValue = "false",
              description = "For a batch body (a List, Collection or array of documents): stop at the first failed"
                            + " item and fail the exchange, instead of reporting each failure in its item's entry.")
    private boolean batchFailFast;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Scale down (aspect ratio kept) and recompress an image that breaks the operation's pixel"
                            + " or 10 MB limits instead of refusing it. Never upscales.")
    private boolean autoDownscale;

    @UriParam(label = "producer",
              description = "Confidence review (0..1): sets CamelHuaweiOcrLowConfidence and"
                            + " CamelHuaweiOcrLowConfidenceFields for confidences below this value.")
    private Double confidenceThreshold;

    /** A copy for an endpoint: the request fields map is copied too, so endpoints never share it. */
    public HuaweiOcrConfiguration copy() {
        try {
            HuaweiOcrConfiguration copy = (HuaweiOcrConfiguration) clone();
            copy.parameters = new LinkedHashMap<>(parameters);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getEnterpriseProjectId() {
        return enterpriseProjectId;
    }

    public void setEnterpriseProjectId(String enterpriseProjectId) {
        this.enterpriseProjectId = enterpriseProjectId;
    }

    public String getIamEndpoint() {
        return iamEndpoint;
    }

    public void setIamEndpoint(String iamEndpoint) {
        this.iamEndpoint = iamEndpoint;
    }

    public AuthMode getAuthMode() {
        return authMode;
    }

    public void setAuthMode(AuthMode authMode) {
        this.authMode = authMode;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDomainName() {
        return domainName;
    }

    public void setDomainName(String domainName) {
        this.domainName = domainName;
    }

    public CredentialsProvider getCredentialsProvider() {
        return credentialsProvider;
    }

    public void setCredentialsProvider(CredentialsProvider credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isIgnoreSslVerification() {
        return ignoreSslVerification;
    }

    public void setIgnoreSslVerification(boolean ignoreSslVerification) {
        this.ignoreSslVerification = ignoreSslVerification;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
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

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public OutputType getOutputType() {
        return outputType;
    }

    public void setOutputType(OutputType outputType) {
        this.outputType = outputType;
    }

    public Map<String, Object> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, Object> parameters) {
        this.parameters = parameters == null ? new LinkedHashMap<>() : new LinkedHashMap<>(parameters);
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getResponseIdleTimeout() {
        return responseIdleTimeout;
    }

    public void setResponseIdleTimeout(long responseIdleTimeout) {
        this.responseIdleTimeout = responseIdleTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public int getQuotaPerMinute() {
        return quotaPerMinute;
    }

    public void setQuotaPerMinute(int quotaPerMinute) {
        this.quotaPerMinute = quotaPerMinute;
    }

    public int getQuotaPerSecond() {
        return quotaPerSecond;
    }

    public void setQuotaPerSecond(int quotaPerSecond) {
        this.quotaPerSecond = quotaPerSecond;
    }

    public boolean isAdaptivePacing() {
        return adaptivePacing;
    }

    public void setAdaptivePacing(boolean adaptivePacing) {
        this.adaptivePacing = adaptivePacing;
    }

    public QuotaStore getQuotaStore() {
        return quotaStore;
    }

    public void setQuotaStore(QuotaStore quotaStore) {
        this.quotaStore = quotaStore;
    }

    public OcrClient getOcrClient() {
        return ocrClient;
    }

    public void setOcrClient(OcrClient ocrClient) {
        this.ocrClient = ocrClient;
    }

    public boolean isObjectInput() {
        return objectInput;
    }

    public void setObjectInput(boolean objectInput) {
        this.objectInput = objectInput;
    }

    public ObsInputMode getObsInputMode() {
        return obsInputMode;
    }

    public void setObsInputMode(ObsInputMode obsInputMode) {
        this.obsInputMode = obsInputMode;
    }

    public long getObsUrlExpiry() {
        return obsUrlExpiry;
    }

    public void setObsUrlExpiry(long obsUrlExpiry) {
        this.obsUrlExpiry = obsUrlExpiry;
    }

    public String getObsEndpoint() {
        return obsEndpoint;
    }

    public void setObsEndpoint(String obsEndpoint) {
        this.obsEndpoint = obsEndpoint;
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

    public boolean isAllowCrossRegionObs() {
        return allowCrossRegionObs;
    }

    public void setAllowCrossRegionObs(boolean allowCrossRegionObs) {
        this.allowCrossRegionObs = allowCrossRegionObs;
    }

    public int getPdfDpi() {
        return pdfDpi;
    }

    public void setPdfDpi(int pdfDpi) {
        this.pdfDpi = pdfDpi;
    }

    public String getPages() {
        return pages;
    }

    public void setPages(String pages) {
        this.pages = pages;
    }

    public int getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    public boolean isBatchFailFast() {
        return batchFailFast;
    }

    public void setBatchFailFast(boolean batchFailFast) {
        this.batchFailFast = batchFailFast;
    }

    public boolean isAutoDownscale() {
        return autoDownscale;
    }

    public void setAutoDownscale(boolean autoDownscale) {
        this.autoDownscale = autoDownscale;
    }

    public Double getConfidenceThreshold() {
        return confidenceThreshold;
    }

    public void setConfidenceThreshold(Double confidenceThreshold) {
        this.confidenceThreshold = confidenceThreshold;
    }

    /** Shows where calls go and how they authenticate; never a secret. */
    @Override
    public String toString() {
        return "HuaweiOcrConfiguration[region=" + region + ", endpoint=" + endpoint + ", projectId=" + projectId
                + ", authMode=" + authMode + ", outputType=" + outputType + ", parameters=" + parameters.keySet() + "]";
    }
}
