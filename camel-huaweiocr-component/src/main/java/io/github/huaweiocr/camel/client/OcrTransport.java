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

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import io.github.huaweiocr.camel.auth.AccessKeyGuard;
import io.github.huaweiocr.camel.auth.AkSkSigner;
import io.github.huaweiocr.camel.auth.IamTokenProvider;
import io.github.huaweiocr.camel.auth.ProjectIdResolver;
import io.github.huaweiocr.camel.quota.QuotaPacers;
import reactor.core.scheduler.Schedulers;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * What the endpoints of one component share: the connection pool, the event-loop threads, the IAM token cache, the
 * project-id cache, the access-key guard and the quota pacers (one per account and operation). Created when the component starts and closed when it stops; each endpoint
 * gets a cheap {@link OcrClient} from {@link #newClient}.
 */
public final class OcrTransport implements AutoCloseable {

    /** Idle pooled connections are closed before the gateway drops them, so a request never lands on a dead one. */
    private static final Duration MAX_IDLE = Duration.ofSeconds(30);
    private static final Duration PENDING_ACQUIRE_TIMEOUT = Duration.ofMinutes(2);

    private final ConnectionProvider pool;
    private final LoopResources loops;
    private final Clock clock;
    private final AkSkSigner signer;
    private final IamTokenProvider tokens;
    private final ProjectIdResolver projects = new ProjectIdResolver();
    private final AccessKeyGuard guard;
    private final RetryListener retryListener;
    private final QuotaPacers quotas = new QuotaPacers();

    private OcrTransport(int maxConnections, Clock clock, AccessKeyGuard guard, RetryListener retryListener) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
        this.pool = ConnectionProvider.builder("huaweiocr")
                .maxConnections(maxConnections)
                // Calls beyond the pool size wait here; maxConcurrentRequests already bounds how many can arrive.
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(PENDING_ACQUIRE_TIMEOUT)
                .maxIdleTime(MAX_IDLE)
                .evictInBackground(MAX_IDLE)
                .build();
        // One event loop per CPU the JVM may use: a loop more than the CPUs only takes turns with the others (on one
        // CPU, two loops switched contexts 2.1 times per call where one loop switched 0.85 times).
        this.loops = LoopResources.create("huaweiocr", Math.max(1, Runtime.getRuntime().availableProcessors()), true);
        this.clock = clock;
        this.signer = new AkSkSigner(clock);
        this.tokens = new IamTokenProvider(clock);
        this.guard = guard;
        this.retryListener = retryListener;
    }

    /**
     * A transport with a pool of at most {@code maxConnections} connections per remote address, the system clock and
     * the standard access-key guard (paused for 5 minutes after 3 signature failures in a row).
     */
    public static OcrTransport create(int maxConnections) {
        return new OcrTransport(maxConnections, Clock.systemUTC(), new AccessKeyGuard(), RetryListener.NONE);
    }

    /** For tests: a chosen clock, guard and retry listener. */
    static OcrTransport create(int maxConnections, Clock clock, AccessKeyGuard guard, RetryListener retryListener) {
        return new OcrTransport(maxConnections, clock, guard, retryListener);
    }

    /**
     * A client for one endpoint's settings. Cheap: it shares this transport's pool, threads, caches and guard.
     *
     * @throws IllegalArgumentException when the settings cannot work (no endpoint, missing credentials...)
     */
    public OcrClient newClient(OcrClientSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new ReactorNettyOcrClient(this, settings);
    }

    ConnectionProvider pool() {
        return pool;
    }

    LoopResources loops() {
        return loops;
    }

    Clock clock() {
        return clock;
    }

    AkSkSigner signer() {
        return signer;
    }

    IamTokenProvider tokens() {
        return tokens;
    }

    ProjectIdResolver projects() {
        return projects;
    }

    AccessKeyGuard guard() {
        return guard;
    }

    /** The quota pacers of this component's endpoints, and whether their shared store answers. */
    public QuotaPacers quotas() {
        return quotas;
    }

    RetryListener retryListener() {
        return retryListener;
    }

    /** Closes the pooled connections and stops the event-loop threads. */
    @Override
    public void close() {
        quotas.close();
        if (Schedulers.isInNonBlockingThread()) {
            pool.disposeLater().then(loops.disposeLater()).subscribe();
        } else {
            pool.disposeLater().block(Duration.ofSeconds(10));
            loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block(Duration.ofSeconds(10));
        }
    }
}
