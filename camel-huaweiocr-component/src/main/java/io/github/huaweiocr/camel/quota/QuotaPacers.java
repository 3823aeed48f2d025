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
package io.github.huaweiocr.camel.quota;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pacers of one component, one per account (project) and operation (the unit of Huawei's quota), with the two
 * kinds of threads they share: one that lets waiting calls through, and the threads that talk to shared stores (which
 * may block). Also keeps whether each shared store is reachable: a store that fails or does not answer within
 * three seconds is left alone for five seconds while every node paces on its own, which is logged
 * once per outage and shown by the health check.
 */
public final class QuotaPacers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QuotaPacers.class);

    /** How long a store may take to answer before the node paces without it. */
    static final Duration STORE_TIMEOUT = Duration.ofSeconds(3);
    /** How long a store that failed is left alone before it is asked again. */
    static final Duration STORE_RETRY = Duration.ofSeconds(5);

    private final Map<String, QuotaPacer> pacers = new ConcurrentHashMap<>();
    private final Map<QuotaStore, StoreHealth> stores = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            daemonThreads("huaweiocr-quota"));
    private final ExecutorService storeCalls = Executors.newCachedThreadPool(daemonThreads("huaweiocr-quota-store"));

    /** Whether a store answers, and since when it does not. */
    private static final class StoreHealth {
        volatile boolean down;
        volatile long retryAtNanos;
        volatile String problem;
    }

    /**
     * The pacer of this account and operation; created with {@code settings} on first use (later endpoints of the
     * same account and operation share it, as they share Huawei's quota).
     *
     * @param region   region of the calls (quotas are per region)
     * @param identity the account: its project id in the region (only a hash of it is kept)
     * @param segment  the operation's path segment
     */
    public QuotaPacer pacer(String region, String identity, String segment, QuotaSettings settings) {
        String key = key(region, identity, segment);
        return pacers.computeIfAbsent(key, k -> new QuotaPacer(k, settings, this));
    }

    /** The store key of a quota: no identifier in clear, the same on every replica. */
    static String key(String region, String identity, String segment) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "huaweiocr:" + region + ":" + HexFormat.of().formatHex(hash, 0, 8) + ":" + segment;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Why a shared store is not used right now, or empty when every store in use answers. */
    public Optional<String> storeProblem() {
        return stores.entrySet().stream().filter(e -> e.getValue().down)
                .map(e -> "quota store " + e.getKey().description() + " unreachable (" + e.getValue().problem
                        + "): pacing on this node alone")
                .findFirst();
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Whether the store should be asked now: it answers, or its pause after a failure is over. */
    boolean storeUsable(QuotaStore store) {
        StoreHealth health = stores.computeIfAbsent(store, s -> new StoreHealth());
        return !health.down || System.nanoTime() - health.retryAtNanos >= 0;
    }

    /**
     * Asks the store for up to {@code calls} calls of the quota {@code key} on a store thread; completes with its
     * grant, or exceptionally when the store failed or took longer than its deadline.
     */
    CompletableFuture<QuotaGrant> askStore(QuotaStore store, String key, QuotaRate rate, int calls) {
        StoreHealth health = stores.computeIfAbsent(store, s -> new StoreHealth());
        CompletableFuture<QuotaGrant> answer = new CompletableFuture<>();
        storeCalls.execute(() -> {
            try {
                answer.complete(store.take(key, rate, calls));
            } catch (Exception | LinkageError e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.orTimeout(STORE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((wait, error) -> record(store, health, error));
    }

    private static void record(QuotaStore store, StoreHealth health, Throwable error) {
        if (error == null) {
            if (health.down) {
                health.down = false;
                LOG.info("Quota store {} answers again: the replicas share the quota again", store.description());
            }
            return;
        }
        health.retryAtNanos = System.nanoTime() + STORE_RETRY.toNanos();
        if (!health.down) {
            health.problem = describe(error);
            health.down = true;
            LOG.warn("Quota store {} is unreachable ({}): this node paces on its own, adapting to 429 answers,"
                    + " and asks the store again every {} s", store.description(), health.problem,
                    STORE_RETRY.toSeconds());
        }
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof java.util.concurrent.TimeoutException) {
            return "no answer within " + STORE_TIMEOUT.toSeconds() + " s";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** Stops the threads; calls still waiting are released so that nothing hangs on a stopped component. */
    @Override
    public void close() {
        pacers.values().forEach(QuotaPacer::releaseAll);
        scheduler.shutdownNow();
        storeCalls.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
