package io.github.huaweiocr.camel.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.auth.AkSkSigner;
import io.github.huaweiocr.camel.auth.AuthMode;
import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.auth.IamToken;
import io.github.huaweiocr.camel.auth.TokenIdentity;
import io.github.huaweiocr.camel.error.ErrorKind;
import io.github.huaweiocr.camel.error.HuaweiOcrAuthenticationException;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;

/**
 * The OCR client of one endpoint, on the transport's shared pool. For each call: the JSON body is written once into
 * pooled buffers (hashing it on the way), then each attempt waits for a permit of the endpoint's concurrency limit
 * (without a thread), authenticates (AK/SK signature, or the shared IAM token), sends, and decodes the answer once.
 * Failures are classified and retried by {@link RetryPolicy}; an expired token is renewed and the call sent once more.
 */
final class ReactorNettyOcrClient implements OcrClient {

    private static final Logger LOG = LoggerFactory.getLogger(ReactorNettyOcrClient.class);
    static final String USER_AGENT = "camel-huaweiocr/" + version();
    private static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    private final OcrTransport transport;
    private final OcrClientSettings settings;
    private final HttpClient http;
    private final AsyncPermits permits;
    private final RetryPolicy retryPolicy;
    private final String base;
    private final String host;
    private final URI iamEndpoint;
    private final TokenIdentity tokenIdentity;
    private final Duration requestTimeout;
    private volatile boolean closed;
    private volatile OperationUri lastUri;

    ReactorNettyOcrClient(OcrTransport transport, OcrClientSettings settings) {
        this.transport = transport;
        this.settings = settings;
        URI endpoint = settings.endpoint();
        if (endpoint == null || endpoint.getHost() == null
                || !("http".equalsIgnoreCase(endpoint.getScheme()) || "https".equalsIgnoreCase(endpoint.getScheme()))) {
            throw new IllegalArgumentException("endpoint must be an http(s) URL with a host, was " + endpoint);
        }
        String path = endpoint.toString();
        this.base = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.host = AkSkSigner.hostOf(endpoint);
        this.iamEndpoint = settings.iamEndpoint() != null ? settings.iamEndpoint()
                : settings.region() != null ? URI.create("https://iam." + settings.region() + ".myhuaweicloud.com")
                : null;
        AuthMode mode = settings.authMode() == null ? AuthMode.AKSK : settings.authMode();
        if (settings.projectId() == null && (settings.region() == null || iamEndpoint == null)) {
            throw new IllegalArgumentException("Set projectId, or region so that the project id can be looked up");
        }
        if (mode == AuthMode.AKSK) {
            if (settings.credentials() == null) {
                throw new IllegalArgumentException("authMode AKSK needs an access key and secret key"
                        + " (or a credentialsProvider)");
            }
            this.tokenIdentity = null;
        } else {
            if (isBlank(settings.username()) || settings.password() == null || isBlank(settings.domainName())) {
                throw new IllegalArgumentException("authMode TOKEN needs username, password and domainName");
            }
            if (iamEndpoint == null) {
                throw new IllegalArgumentException("authMode TOKEN needs iamEndpoint or region");
            }
            this.tokenIdentity = TokenIdentity.of(iamEndpoint, settings.domainName(), settings.username(),
                    settings.region(), settings.projectId(), settings.password());
        }
        this.http = HttpClients.create(transport.pool(), transport.loops(), settings);
        this.permits = new AsyncPermits(settings.maxConcurrentRequests() > 0 ? settings.maxConcurrentRequests()
                : Integer.MAX_VALUE);
        this.retryPolicy = new RetryPolicy(settings.maxRetries(), settings.retryInitialDelay(),
                settings.retryMaxDelay(), transport.retryListener());
        this.requestTimeout = settings.requestTimeout() == null ? Duration.ZERO : settings.requestTimeout();
        if (settings.ignoreSslVerification()) {
            LOG.warn("TLS certificate verification is OFF for {}: any server can impersonate Huawei and read the"
                    + " documents and credentials sent. Use it for tests only; trust a certificate with"
                    + " trustManagerFactory instead.", endpoint);
        }
    }

    @Override
    public Mono<OcrResponse> recognize(OcrCall call) {
        return Mono.defer(() -> {
            if (closed) {
                return Mono.error(new HuaweiOcrException("The OCR client for " + base + " is closed"));
            }
            HuaweiOcrOperation operation = call.operation();
            AtomicInteger attempts = new AtomicInteger();
            return Mono.usingWhen(
                    Mono.fromCallable(() -> RequestBodyWriter.write(ByteBufAllocator.DEFAULT, call.document(),
                            operation.imageField().orElse(null), call.parameters())),
                    body -> Mono.defer(() -> attempt(call, body, attempts))
                            .retryWhen(retryPolicy.forOperation(operation)),
                    body -> Mono.fromRunnable(body::release));
        });
    }

    private Mono<OcrResponse> attempt(OcrCall call, RequestBody body, AtomicInteger attempts) {
        return tokenIdentity == null ? akskAttempt(call, body, attempts) : tokenAttempt(call, body, attempts, true);
    }

    private Mono<OcrResponse> akskAttempt(OcrCall call, RequestBody body, AtomicInteger attempts) {
        Credentials credentials = settings.credentials().resolve();
        if (credentials == null) {
            return Mono.error(new HuaweiOcrException("The credentials provider returned no credentials"));
        }
        transport.guard().check(credentials.accessKey());
        Mono<String> projectId = settings.projectId() != null ? Mono.just(settings.projectId())
                : transport.projects().resolve(http, iamEndpoint, settings.region(), credentials.accessKey(),
                        uri -> Mono.fromSupplier(() -> transport.signer().sign("GET", uri, Map.of(),
                                AkSkSigner.EMPTY_BODY_SHA256, credentials)));
        return projectId.flatMap(id -> send(call, body, attempts, id,
                (uri, headers) -> Mono.just(transport.signer().sign("POST", uri, headers, body.sha256Hex(),
                        credentials)),
                credentials.accessKey()));
    }

    private Mono<OcrResponse> tokenAttempt(OcrCall call, RequestBody body, AtomicInteger attempts, boolean mayRenew) {
        // The token that went out with this attempt, read when the attempt got its permit: a call that waited for a
        // permit while the token was renewed sends the new one.
        AtomicReference<String> sent = new AtomicReference<>();
        return transport.tokens().token(http, tokenIdentity, settings.password())
                .flatMap(this::projectIdFor)
                .flatMap(id -> send(call, body, attempts, id, (uri, headers) -> transport.tokens()
                        .token(http, tokenIdentity, settings.password())
                        .map(token -> {
                            sent.set(token.value());
                            return Map.of("X-Auth-Token", token.value());
                        }), null))
                .onErrorResume(e -> mayRenew && isTokenExpired(e), e -> {
                    LOG.debug("IAM token for {} expired ({}); obtaining a new one and sending again",
                            tokenIdentity.username(), ((HuaweiOcrServiceException) e).getErrorCode());
                    transport.tokens().invalidate(tokenIdentity, sent.get());
                    return tokenAttempt(call, body, attempts, false);
                });
    }

    private Mono<String> projectIdFor(IamToken token) {
        if (settings.projectId() != null) {
            return Mono.just(settings.projectId());
        }
        if (token.projectId() != null) {
            return Mono.just(token.projectId());
        }
        return transport.projects().resolve(http, iamEndpoint, settings.region(),
                tokenIdentity.username() + "@" + tokenIdentity.domainName(),
                uri -> Mono.just(Map.of("X-Auth-Token", token.value())));
    }

    private static boolean isTokenExpired(Throwable e) {
        return e instanceof HuaweiOcrAuthenticationException auth && auth.getKind() == ErrorKind.TOKEN_EXPIRED;
    }

    /**
     * The authentication headers of one attempt, from its URI and the headers to sign; asked for once the attempt has
     * its permit.
     */
    @FunctionalInterface
    private interface Authenticator {
        Mono<Map<String, String>> headers(URI uri, Map<String, String> headersToSign);
    }

    private Mono<OcrResponse> send(OcrCall call, RequestBody body, AtomicInteger attempts, String projectId,
                                   Authenticator authenticator, String accessKey) {
        HuaweiOcrOperation operation = call.operation();
        URI uri = operationUri(projectId, operation);
        return permits.withPermit(permit -> Mono.defer(() -> {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", CONTENT_TYPE);
            headers.put("Host", host);
            headers.put("X-Project-Id", projectId);
            if (call.enterpriseProjectId() != null) {
                headers.put("Enterprise-Project-Id", call.enterpriseProjectId());
            }
            // Authenticated at send time, after any wait for a permit: X-Sdk-Date is fresh, the IAM token current.
            return authenticator.headers(uri, headers).flatMap(authentication -> {
                headers.putAll(authentication);
                return post(operation, uri, headers, body, attempts.incrementAndGet(), accessKey);
            });
        }));
    }

    private Mono<OcrResponse> post(HuaweiOcrOperation operation, URI uri, Map<String, String> headers,
                                   RequestBody body, int attempt, String accessKey) {
        LOG.debug("{} attempt {}: POST {} ({} bytes)", operation.segment(), attempt, uri, body.length());
        return http.post()
                .uri(uri)
                .send((request, out) -> {
                    HttpHeaders h = request.requestHeaders();
                    headers.forEach(h::set);
                    h.set(HttpHeaderNames.USER_AGENT, USER_AGENT);
                    h.set(HttpHeaderNames.CONTENT_LENGTH, body.length());
                    return out.send(Mono.fromCallable(body::forAttempt));
                })
                .responseSingle((response, content) -> content.retain()
                        .map(Optional::of)
                        .defaultIfEmpty(Optional.empty())
                        .map(buf -> decode(operation, response, buf.orElse(null), attempt)))
                .onErrorMap(e -> !(e instanceof HuaweiOcrException),
                        e -> TransportFailures.map(operation, e, attempt, host, requestTimeout))
                .doOnNext(ok -> {
                    if (accessKey != null) {
                        transport.guard().recordAccepted(accessKey);
                    }
                })
                .doOnError(e -> recordForGuard(accessKey, e));
    }

    /** The URI of an operation in a project, parsed once for the pair an endpoint keeps using. */
    private URI operationUri(String projectId, HuaweiOcrOperation operation) {
        OperationUri last = lastUri;
        if (last == null || last.operation() != operation || !last.projectId().equals(projectId)) {
            last = new OperationUri(projectId, operation,
                    URI.create(base + "/v2/" + projectId + "/ocr/" + operation.segment()));
            lastUri = last;
        }
        return last.uri();
    }

    private record OperationUri(String projectId, HuaweiOcrOperation operation, URI uri) {
    }

    private OcrResponse decode(HuaweiOcrOperation operation, HttpClientResponse response, ByteBuf content,
                               int attempt) {
        try {
            int status = response.status().code();
            String requestId = response.responseHeaders().get("X-Request-Id");
            if (status >= 200 && status < 300) {
                return ResponseDecoder.success(operation, status, requestId, content, attempt);
            }
            throw ResponseDecoder.failure(operation, status, requestId, content, attempt);
        } finally {
            if (content != null) {
                content.release();
            }
        }
    }

    private void recordForGuard(String accessKey, Throwable e) {
        if (accessKey == null || !(e instanceof HuaweiOcrServiceException failure)) {
            return;
        }
        if (failure.getKind() == ErrorKind.SIGNATURE) {
            String message = failure.getErrorMessage() == null ? "" : failure.getErrorMessage();
            transport.guard().recordSignatureFailure(accessKey, message.contains("reach the limit"));
        } else if (failure.getStatusCode() != 401 && failure.getStatusCode() != 403) {
            // Any other answer from behind the gateway means the signature was accepted.
            transport.guard().recordAccepted(accessKey);
        }
    }

    /** Calls waiting for a permit of the concurrency limit. */
    int waitingCalls() {
        return permits.waiting();
    }

    /** Calls holding a permit of the concurrency limit, that is, HTTP requests in flight. */
    int callsInFlight() {
        return permits.inUse();
    }

    @Override
    public void close() {
        // The pool and caches belong to the transport; a closed client only refuses new calls.
        closed = true;
    }

    @Override
    public String toString() {
        return "ReactorNettyOcrClient[" + settings + "]";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String version() {
        try (InputStream in = ReactorNettyOcrClient.class.getResourceAsStream(
                "/META-INF/maven/io.github.huaweiocr/camel-huaweiocr/pom.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // Fall through: the version only decorates the User-Agent.
        }
        String implementation = ReactorNettyOcrClient.class.getPackage().getImplementationVersion();
        return implementation == null ? "dev" : implementation;
    }
}
