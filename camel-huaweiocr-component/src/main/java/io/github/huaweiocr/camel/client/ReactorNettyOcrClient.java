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

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.huaweiocr.camel.auth.AkSkSigner;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.quota.QuotaPacer;
import io.netty.buffer.ByteBufAllocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The OCR client of one endpoint, on the transport's shared pool. A call is a short chain of steps: the JSON body is
 * written into pooled buffers (hashing it on the way) and held as an {@link OutgoingBody} until it is sent, then each
 * attempt runs as the endpoint's {@link Authentication} (chosen once: AK/SK or IAM token), waits for a permit of the
 * concurrency limit (without a thread), takes its authentication headers, is sent and decoded by the
 * {@link HttpSender}, and is retried by {@link RetryPolicy} when the failure says so.
 */
final class ReactorNettyOcrClient implements OcrClient {

    private static final Logger LOG = LoggerFactory.getLogger(ReactorNettyOcrClient.class);
    static final String USER_AGENT = "camel-huaweiocr/" + version();
    private static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    private final OcrClientSettings settings;
    private final AsyncPermits permits;
    private final Authentication authentication;
    private final HttpSender sender;
    private final RetryPolicy retryPolicy;
    private final String base;
    private final String host;
    private volatile boolean closed;
    private volatile OperationTarget lastTarget;
    private final OcrTransport transport;
    private final Map<String, QuotaPacer> pacers = new ConcurrentHashMap<>();

    ReactorNettyOcrClient(OcrTransport transport, OcrClientSettings settings) {
        this.settings = settings;
        this.transport = transport;
        URI endpoint = settings.endpoint();
        if (endpoint.getHost() == null
                || !("http".equalsIgnoreCase(endpoint.getScheme()) || "https".equalsIgnoreCase(endpoint.getScheme()))) {
            throw new IllegalArgumentException("endpoint must be an http(s) URL with a host, was " + endpoint);
        }
        if (settings.projectId() == null && (settings.region() == null || settings.iamEndpoint() == null)) {
            throw new IllegalArgumentException("Set projectId, or region and iamEndpoint so that the project id can"
                    + " be looked up");
        }
        String path = endpoint.toString();
        this.base = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.host = AkSkSigner.hostOf(endpoint);
        HttpClient http = HttpClients.create(transport.pool(), transport.loops(), settings);
        this.authentication = Authentication.of(settings, transport, http);
        this.sender = new HttpSender(http, host, USER_AGENT, settings.requestTimeout(),
                settings.responseIdleTimeout());
        this.permits = new AsyncPermits(settings.maxConcurrentRequests() > 0 ? settings.maxConcurrentRequests()
                : Integer.MAX_VALUE);
        this.retryPolicy = new RetryPolicy(settings.maxRetries(), settings.retryInitialDelay(),
                settings.retryMaxDelay(), transport.retryListener());
        if (settings.ignoreSslVerification()) {
            LOG.warn("TLS certificate verification is OFF for {}: any server can impersonate Huawei and read the"
                    + " documents and credentials sent. Use it for tests only; trust a certificate with"
                    + " trustManagerFactory instead.", endpoint);
        }
    }

    @Override
    public Mono<OcrResponse> recognize(OcrCall call) {
        // The body is written when the call is subscribed (bad input fails here, before any pacing or payment); what
        // no write took is released synchronously, before the call's outcome goes on.
        return Mono.using(() -> new Sending(new OutgoingBody(() -> writeBody(call))),
                sending -> retryPolicy.retrying(call.operation(),
                        Mono.defer(() -> authentication.attempt(identity -> send(call, sending, identity)))),
                sending -> sending.body().release());
    }

    /** What the attempts of one subscribed call share: its body, and how many requests were sent. */
    private record Sending(OutgoingBody body, AtomicInteger attempts) {
        Sending(OutgoingBody body) {
            this(body, new AtomicInteger());
        }
    }

    private RequestBody writeBody(OcrCall call) {
        if (closed) {
            throw new HuaweiOcrException("The OCR client for " + base + " is closed");
        }
        return RequestBodyWriter.write(ByteBufAllocator.DEFAULT, call.document(),
                call.operation().imageField().orElse(null), call.parameters());
    }

    /**
     * One attempt: its turn in the account's quota, then its permit, then its body and authentication headers (fresh
     * after any wait), then the request; Huawei's answer goes back to the quota's pacer. A call that need not wait for
     * either goes on at once, on the subscribing thread.
     */
    private Mono<OcrResponse> send(OcrCall call, Sending sending, Authentication.Identity identity) {
        OperationTarget target = target(identity.projectId(), call.operation());
        QuotaPacer pacer = target.pacer();
        // Quota pacing first: a call waiting for its turn holds no concurrency permit.
        Long now = pacer.ticketNow();
        return now != null ? permitted(call, sending, identity, target, now)
                : pacer.pace().flatMap(ticket -> permitted(call, sending, identity, target, ticket));
    }

    private Mono<OcrResponse> permitted(OcrCall call, Sending sending, Authentication.Identity identity,
                                        OperationTarget target, long ticket) {
        HuaweiOcrOperation operation = call.operation();
        URI uri = target.uri();
        QuotaPacer pacer = target.pacer();
        return permits.withPermit(permit -> {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", CONTENT_TYPE);
            headers.put("Host", host);
            headers.put("X-Project-Id", identity.projectId());
            if (call.enterpriseProjectId() != null) {
                headers.put("Enterprise-Project-Id", call.enterpriseProjectId());
            }
            // Authenticated at send time, after any wait for a permit: X-Sdk-Date is fresh, the IAM token current.
            OutgoingBody body = sending.body();
            body.prepare();
            return identity.authenticator().headers(uri, headers, body.sha256Hex()).flatMap(authentication -> {
                headers.putAll(authentication);
                return sender.post(operation, uri, headers, body, sending.attempts().incrementAndGet());
            }).doOnError(identity.refused());
        }).doOnNext(ok -> pacer.accepted(ticket)).doOnError(e -> {
            if (e instanceof HuaweiOcrServiceException answer && answer.getStatusCode() == 429
                    && answer.getErrorCode() != null && answer.getErrorCode().endsWith(".0308")) {
                pacer.throttled(ticket, answer.getErrorMessage());
            }
        });
    }

    /**
     * The URI of an operation in a project and the pacer of the account's (project's) quota for it (shared by the
     * component's endpoints), looked up once for the pair an endpoint keeps using.
     */
    private OperationTarget target(String projectId, HuaweiOcrOperation operation) {
        OperationTarget last = lastTarget;
        if (last == null || last.operation() != operation || !last.projectId().equals(projectId)) {
            QuotaPacer pacer = pacers.computeIfAbsent(projectId + '\n' + operation.segment(), k -> transport.quotas()
                    .pacer(String.valueOf(settings.region()), projectId, operation.segment(), settings.quota()));
            last = new OperationTarget(projectId, operation,
                    URI.create(base + "/v2/" + projectId + "/ocr/" + operation.segment()), pacer);
            lastTarget = last;
        }
        return last;
    }

    private record OperationTarget(String projectId, HuaweiOcrOperation operation, URI uri, QuotaPacer pacer) {
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
