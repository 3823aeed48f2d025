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

import java.util.ArrayDeque;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.local.LocalBucket;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.local.LocalBucketBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Lets the calls of one account and operation go out no faster than the quota allows. A call asks {@link #pace()}
 * before it takes a permit of the concurrency limit; it waits in a queue, first come first served, without a thread.
 * One pump on the component's quota thread lets the head of the queue through when the node's own token bucket
 * (Bucket4j: the quota, and the adaptive rate once Huawei answered 429) and then the shared store (when there is
 * one) have a call to give, and sleeps, by scheduling itself, for as long as they say otherwise.
 *
 * <p>The caller reports each outcome: {@link #accepted} and {@link #throttled} feed the adaptive rate, and a 429 that
 * names Huawei's limit ({@code limit:600,time:1 minute}) teaches the node the quota it was not told. Only a run of
 * five or more 429s in a row counts as the quota running out: a full window answers every call
 * 429 until it ends, whereas an isolated 429 (a gateway hiccup, a fault) says nothing about the rate, and reacting to
 * each would make the node crawl. A named limit that this node has already been allowed to exceed within the last
 * minute is not adopted either.
 *
 * <p>When nothing is known (no quota configured, never throttled), calls are not queued at all.
 */
public final class QuotaPacer {

    private static final Logger LOG = LoggerFactory.getLogger(QuotaPacer.class);
    private static final java.time.Duration MINUTE = java.time.Duration.ofMinutes(1);
    /** 429 answers in a row that mean the quota ran out. */
    static final int THROTTLED_RUN = 5;

    private final String key;
    private final QuotaSettings settings;
    private final QuotaPacers owner;
    private final AdaptiveRate adaptive = new AdaptiveRate();
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>(); // guarded by this
    private boolean pumping; // guarded by this
    private volatile QuotaRate learned = QuotaRate.UNKNOWN;
    private final RecentAcceptances recent = new RecentAcceptances();
    private int throttledInARow; // guarded by this
    /** The node's own bucket; null while nothing is known, so that calls then pass without queueing. */
    private volatile LocalBucket local;

    QuotaPacer(String key, QuotaSettings settings, QuotaPacers owner) {
        this.key = key;
        this.settings = settings;
        this.owner = owner;
        reconfigure();
    }

    /**
     * Completes, with a ticket to hand back with the outcome, when this call may be sent. Waits without a thread;
     * cancelling the subscription leaves the queue.
     */
    public Mono<Long> pace() {
        if (local == null) {
            return Mono.fromSupplier(adaptive::epoch);
        }
        return Mono.create(sink -> {
            Waiter waiter = new Waiter(sink);
            boolean start;
            synchronized (this) {
                waiters.addLast(waiter);
                start = !pumping;
                pumping = true;
            }
            sink.onCancel(waiter::cancel);
            if (start) {
                execute(this::pump);
            }
        });
    }

    /** Huawei accepted a call let through with {@code ticket}. */
    public void accepted(long ticket) {
        if (!settings.adaptive()) {
            return;
        }
        recent.accepted();
        synchronized (this) {
            throttledInARow = 0;
        }
        OptionalInt before = adaptive.callsPerMinute();
        adaptive.accepted(waiting() > 0);
        if (!before.equals(adaptive.callsPerMinute())) {
            reconfigure();
        }
    }

    /**
     * Huawei answered 429 APIG.0308 to a call let through with {@code ticket}.
     *
     * @param message Huawei's error message, which names the limit it applied
     */
    public void throttled(long ticket, String message) {
        if (!settings.adaptive()) {
            return;
        }
        synchronized (this) {
            if (++throttledInARow < THROTTLED_RUN) {
                return;
            }
        }
        long acceptedLastMinute = recent.lastMinute();
        QuotaRate named = QuotaRate.fromThrottleMessage(message)
                .filter(rate -> rate.callsPerMinute() >= acceptedLastMinute)
                .orElse(QuotaRate.UNKNOWN);
        QuotaRate merged = new QuotaRate(
                named.perSecond() > 0 ? named.perSecond() : learned.perSecond(),
                named.perMinute() > 0 ? named.perMinute() : learned.perMinute());
        boolean learnedNow = !merged.equals(learned);
        learned = merged;
        QuotaRate quota = quota();
        int ceiling = quota.isKnown() ? quota.callsPerMinute()
                : (int) Math.min(Integer.MAX_VALUE, Math.max(AdaptiveRate.UNKNOWN_CEILING_PER_MINUTE, acceptedLastMinute));
        if (adaptive.throttled(ticket, ceiling) || learnedNow) {
            LOG.debug("{}: throttled by Huawei (quota {}), now at most {} calls per minute", key, quota,
                    adaptive.callsPerMinute().orElse(-1));
            reconfigure();
        }
    }

    /** Calls waiting to be let through. */
    public synchronized int waiting() {
        return waiters.size();
    }

    /** The quota this node paces to: Huawei's own word where it gave one, else the configuration. */
    public QuotaRate quota() {
        QuotaRate configured = settings.rate();
        QuotaRate heard = learned;
        return new QuotaRate(heard.perSecond() > 0 ? heard.perSecond() : configured.perSecond(),
                heard.perMinute() > 0 ? heard.perMinute() : configured.perMinute());
    }

    /** Calls per minute this node allows itself after 429 answers, or empty when it was never throttled. */
    public OptionalInt adaptiveCallsPerMinute() {
        return adaptive.callsPerMinute();
    }

    /** The node's bucket: the quota's windows, and the adaptive rate when it is on. */
    private synchronized void reconfigure() {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        List<Bandwidth> limits = quota().limits();
        limits.forEach(builder::addLimit);
        OptionalInt rate = adaptive.callsPerMinute();
        if (rate.isPresent()) {
            builder.addLimit(Bandwidth.builder().capacity(1).refillGreedy(rate.getAsInt(), MINUTE).build());
        }
        if (limits.isEmpty() && rate.isEmpty()) {
            return;
        }
        BucketConfiguration configuration = builder.build();
        if (local == null) {
            LocalBucketBuilder bucket = Bucket.builder();
            for (Bandwidth limit : configuration.getBandwidths()) {
                bucket.addLimit(limit);
            }
            local = bucket.build();
        } else {
            local.replaceConfiguration(configuration, TokensInheritanceStrategy.AS_IS);
        }
    }

    /** Lets waiting calls through, on the quota thread only; returns when it has scheduled its next turn or is idle. */
    private void pump() {
        while (true) {
            synchronized (this) {
                while (!waiters.isEmpty() && waiters.peekFirst().cancelled()) {
                    waiters.pollFirst();
                }
                if (waiters.isEmpty()) {
                    pumping = false;
                    return;
                }
            }
            EstimationProbe own = local.estimateAbilityToConsume(1);
            if (!own.canBeConsumed()) {
                schedule(own.getNanosToWaitForRefill());
                return;
            }
            QuotaStore store = settings.store();
            QuotaRate quota = quota();
            if (store != null && quota.isKnown() && owner.storeUsable(store)) {
                // every waiting call this node's own bucket would let through, in one visit to the store
                int calls = (int) Math.max(1, Math.min(waiting(), local.getAvailableTokens()));
                owner.askStore(store, key, quota, calls).whenComplete((grant, error) -> execute(() -> {
                    if (error == null && grant.calls() == 0) {
                        schedule(grant.nanosToWait());
                    } else {
                        // taken from the shared quota, or the store failed: then this node paces alone
                        for (long n = error == null ? grant.calls() : 1; n > 0; n--) {
                            letOneThrough();
                        }
                        pump();
                    }
                }));
                return;
            }
            letOneThrough();
        }
    }

    private void letOneThrough() {
        local.tryConsume(1);
        Waiter next;
        synchronized (this) {
            // a call that left the queue meanwhile gives its turn to the next one
            do {
                next = waiters.pollFirst();
            } while (next != null && next.cancelled());
        }
        if (next != null) {
            next.grant(adaptive.epoch());
        }
    }

    private void schedule(long nanos) {
        try {
            owner.scheduler().schedule(this::pump, nanos, TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            releaseAll();
        }
    }

    private void execute(Runnable task) {
        try {
            owner.scheduler().execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            releaseAll();
        }
    }

    /** The component stops: waiting calls fail instead of waiting forever. */
    void releaseAll() {
        List<Waiter> all;
        synchronized (this) {
            all = List.copyOf(waiters);
            waiters.clear();
            pumping = false;
        }
        all.forEach(Waiter::stop);
    }

    @Override
    public String toString() {
        return "QuotaPacer[" + key + ", quota " + quota() + "]";
    }

    /** One call in the queue. */
    private static final class Waiter {
        private final MonoSink<Long> sink;
        private final AtomicBoolean done = new AtomicBoolean();

        Waiter(MonoSink<Long> sink) {
            this.sink = sink;
        }

        boolean cancelled() {
            return done.get();
        }

        void cancel() {
            done.set(true);
        }

        void grant(long ticket) {
            if (done.compareAndSet(false, true)) {
                sink.success(ticket);
            }
        }

        void stop() {
            if (done.compareAndSet(false, true)) {
                sink.error(new IllegalStateException("The huaweiocr component stopped while the call waited for its"
                        + " quota"));
            }
        }
    }
}
