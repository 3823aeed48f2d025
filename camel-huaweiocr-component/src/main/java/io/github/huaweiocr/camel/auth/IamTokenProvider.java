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
package io.github.huaweiocr.camel.auth;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huaweiocr.camel.error.ErrorKind;
import io.github.huaweiocr.camel.error.HuaweiOcrAuthenticationException;
import io.github.huaweiocr.camel.json.Json;
import io.netty.buffer.Unpooled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;

/**
 * Obtains IAM user tokens ({@code POST /v3/auth/tokens}, password method, project scope) and keeps one per
 * {@link TokenIdentity}, shared by every endpoint of the component. A token is renewed ahead of its expiry (an hour
 * before, or half its lifetime when shorter) in the background while the old one keeps serving; an expired or
 * invalidated token is replaced by a single request that all concurrent callers wait for without holding a thread.
 */
public final class IamTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(IamTokenProvider.class);
    private static final Duration MAX_REFRESH_AHEAD = Duration.ofHours(1);

    private final Map<TokenIdentity, Slot> slots = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final Clock clock;

    public IamTokenProvider(Clock clock) {
        this.clock = clock;
    }

    /**
     * A valid token for the identity: the cached one, or one obtained now (once for all concurrent callers).
     *
     * @param http     the HTTP client to reach IAM with (its proxy and TLS settings apply)
     * @param password the IAM user's password; used only in the token request body
     */
    public Mono<IamToken> token(HttpClient http, TokenIdentity identity, String password) {
        return Mono.defer(() -> slots.computeIfAbsent(identity, Slot::new).get(http, password));
    }

    /** Forgets the token if it is still the cached one, so the next call obtains a new one. */
    public void invalidate(TokenIdentity identity, String tokenValue) {
        Slot slot = slots.get(identity);
        if (slot != null) {
            slot.invalidate(tokenValue);
        }
    }

    /** How many token requests were sent to IAM. */
    public long tokenRequests() {
        return requests.get();
    }

    private final class Slot {
        private final TokenIdentity identity;
        private IamToken token; // guarded by this
        private Sinks.One<IamToken> inflight; // guarded by this

        Slot(TokenIdentity identity) {
            this.identity = identity;
        }

        Mono<IamToken> get(HttpClient http, String password) {
            Instant now = clock.instant();
            IamToken current;
            Sinks.One<IamToken> pending;
            boolean start = false;
            synchronized (this) {
                current = token;
                if (current != null && !current.dueForRefreshAt(now)) {
                    return Mono.just(current);
                }
                if (inflight == null) {
                    inflight = Sinks.one();
                    start = true;
                }
                pending = inflight;
            }
            if (start) {
                // Subscribed here, not by the caller: a caller that cancels must not cancel everyone's refresh.
                requestToken(http, password).subscribe(fresh -> done(pending, fresh, null), e -> done(pending, null, e));
            }
            if (current != null && !current.expiredAt(now)) {
                return Mono.just(current);
            }
            return pending.asMono();
        }

        private void done(Sinks.One<IamToken> pending, IamToken fresh, Throwable error) {
            synchronized (this) {
                if (fresh != null) {
                    token = fresh;
                }
                inflight = null;
            }
            if (fresh != null) {
                pending.tryEmitValue(fresh);
            } else {
                if (pending.currentSubscriberCount() == 0) {
                    LOG.warn("Renewing the IAM token for user {} failed: {}", identity.username(), error.getMessage());
                }
                pending.tryEmitError(error);
            }
        }

        synchronized void invalidate(String tokenValue) {
            if (token != null && token.value().equals(tokenValue)) {
                token = null;
            }
        }

        private Mono<IamToken> requestToken(HttpClient http, String password) {
            requests.incrementAndGet();
            URI uri = URI.create(stripSlash(identity.iamEndpoint().toString()) + "/v3/auth/tokens?nocatalog=true");
            byte[] body = requestBody(password);
            LOG.debug("Requesting an IAM token for user {} of {} from {}", identity.username(), identity.domainName(),
                    identity.iamEndpoint());
            return http.headers(h -> h.set("Content-Type", "application/json;charset=utf8"))
                    .post()
                    .uri(uri)
                    .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
                    .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
                            .map(bytes -> {
                                int status = response.status().code();
                                String value = response.responseHeaders().get("X-Subject-Token");
                                if (status / 100 != 2 || value == null || value.isEmpty()) {
                                    throw IamResponses.failure("token request for user " + identity.username()
                                                    + " of account " + identity.domainName(), status,
                                            response.responseHeaders(), bytes, "Check username, password and"
                                                    + " domainName (the account name), and that iamEndpoint is this"
                                                    + " region's IAM.");
                                }
                                return parse(value, bytes);
                            }));
        }

        private byte[] requestBody(String password) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            ObjectNode auth = root.putObject("auth");
            ObjectNode identityNode = auth.putObject("identity");
            identityNode.putArray("methods").add("password");
            ObjectNode user = identityNode.putObject("password").putObject("user");
            user.put("name", identity.username());
            user.put("password", password);
            user.putObject("domain").put("name", identity.domainName());
            ObjectNode project = auth.putObject("scope").putObject("project");
            if (identity.projectId() != null) {
                project.put("id", identity.projectId());
            } else {
                project.put("name", identity.projectName());
            }
            try {
                return Json.MAPPER.writeValueAsBytes(root);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot write the IAM token request", e);
            }
        }

        private IamToken parse(String value, byte[] bytes) {
            Instant now = clock.instant();
            try {
                JsonNode token = Json.MAPPER.readTree(bytes).path("token");
                Instant expiresAt = Instant.parse(token.path("expires_at").asText());
                Instant issuedAt = token.hasNonNull("issued_at") ? Instant.parse(token.get("issued_at").asText()) : now;
                Duration lifetime = Duration.between(issuedAt, expiresAt);
                Duration ahead = lifetime.dividedBy(2).compareTo(MAX_REFRESH_AHEAD) < 0 ? lifetime.dividedBy(2)
                        : MAX_REFRESH_AHEAD;
                String projectId = token.path("project").path("id").asText(null);
                // Timed by this JVM's clock from the token's arrival, not by IAM's timestamps: a clock that differs
                // from IAM's neither renews the token on every call (ahead) nor keeps sending it expired (behind).
                Instant localExpiry = now.plus(lifetime);
                return new IamToken(value, localExpiry, localExpiry.minus(ahead), projectId);
            } catch (IOException | DateTimeParseException e) {
                throw new HuaweiOcrAuthenticationException(null, 201, null, "IAM returned a token without a readable"
                        + " expires_at", null, 1, ErrorKind.AUTHENTICATION, "Check that iamEndpoint points to IAM.");
            }
        }
    }

    static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
