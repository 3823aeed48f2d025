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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
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
 * (Bucket4j: the quota, and the node's share of it once Huawei answered 429) and then the shared store (when there is
 * one) have a call to give, and sleeps, by scheduling itself, for as long as they say otherwise.
 *
 * <p>The caller reports each outcome: {@link #accepted} and {@link #throttled} feed {@link AdaptiveShare}, which
 * decides when a run of 429s means the window is used up, how long the node then holds its calls, and what share of a
 * window it allows itself; the limit Huawei names in a 429 ({@code limit:600,time:1 minute}) becomes the quota of a
 * node that was told none, or told more.
 *
 * <p>When nothing is known (no quota configured, never throttled) and no used-up window holds the calls, they are not
 * queued at all.
 */
public final class QuotaPacer {

    private static final Logger LOG = LoggerFactory.getLogger(QuotaPacer.class);

    private final String key;
    private final QuotaSettings settings;
    private final QuotaPacers owner;
    private final AdaptiveShare adaptive;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>(); // guarded by this
    private boolean pumping; // guarded by this
    private ScheduledFuture<?> nextTurn; // guarded by this
    private volatile QuotaRate learned = QuotaRate.UNKNOWN;
    /** The node's own bucket; null while nothing is known, so that calls then pass without queueing. */
    private volatile LocalBucket local;

    QuotaPacer(String key, QuotaSettings settings, QuotaPacers owner) {
        this.key = key;
        this.settings = settings;
        this.owner = owner;
        this.adaptive = new AdaptiveShare(System::nanoTime, settings.store() == null);
        reconfigure();
    }

    /**
     * The ticket of a call that may go out now without queueing, because nothing is known (no quota configured, never
     * throttled) and no used-up window holds the calls; null when the call must ask {@link #pace()}. Lets the caller
     * skip the queue's machinery on the common path.
     */
    public Long ticketNow() {
        return passesUnqueued() ? adaptive.now() : null;
    }

    /** Nothing is known (no quota configured, never throttled) and no used-up window holds the calls. */
    private boolean passesUnqueued() {
        return local == null && !adaptive.holding();
    }

    /**
     * Completes, with a ticket to hand back with the outcome, when this call may be sent. Waits without a thread;
     * cancelling the subscription leaves the queue.
     */
    public Mono<Long> pace() {
        if (passesUnqueued()) {
            return Mono.fromSupplier(adaptive::now);
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
        if (settings.adaptive() && adaptive.accepted(ticket)) {
            reconfigure();
            wake();
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
        Optional<QuotaRate> named = QuotaRate.fromThrottleMessage(message);
        boolean perSecondWindow = named.map(rate -> rate.perSecond() > 0).orElse(false);
        synchronized (this) {
            if (!adaptive.throttled(ticket, perSecondWindow)) {
                return;
            }
            QuotaRate before = learned;
            named.ifPresent(rate -> learned = learned.updatedWith(rate));
            adaptive.usedUp(perSecondWindow, quota());
            if (!learned.equals(before)) {
                LOG.info("{}: Huawei names its quota {}; this node now paces to {}", key, learned, quota());
            }
            LOG.debug("{}: the quota window is used up; this node holds its calls until it ends, then sends at most {}",
                    key, adaptive.share());
        }
        reconfigure();
    }

    /** Calls waiting to be let through. */
    public synchronized int waiting() {
        return waiters.size();
    }

    /** The quota this node paces to: the tighter of the configuration and Huawei's own word, per window. */
    public QuotaRate quota() {
        return settings.rate().tighter(learned);
    }

    /**
     * The share of a quota window this node allows itself after a window was used up (the calls it was accepted in
     * it, growing while it is not used up again), or {@link QuotaRate#UNKNOWN} when that never happened.
     */
    public QuotaRate share() {
        return adaptive.share();
    }

    /** The node's bucket: the quota's windows, and the node's share of them when it has learned one. */
    private synchronized void reconfigure() {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        List<Bandwidth> limits = new ArrayList<>(quota().limits());
        limits.addAll(adaptive.share().limits());
        if (limits.isEmpty()) {
            return;
        }
        limits.forEach(builder::addLimit);
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
                // decided and scheduled under the lock, so that wake() cannot slip in between
                long hold = adaptive.nanosToWait();
                if (hold > 0) {
                    schedule(hold);
                    return;
                }
            }
            LocalBucket own = local; // null when only a used-up window holds the calls: no quota, no share known
            if (own != null) {
                EstimationProbe probe = own.estimateAbilityToConsume(1);
                if (!probe.canBeConsumed()) {
                    adaptive.heldBack();
                    schedule(probe.getNanosToWaitForRefill());
                    return;
                }
            }
            QuotaStore store = settings.store();
            QuotaRate quota = quota();
            if (store != null && quota.isKnown() && owner.storeUsable(store)) {
                // every waiting call this node's own bucket would let through, in one visit to the store (one probe
                // while the node holds its calls)
                int calls = adaptive.holding() || own == null ? 1
                        : (int) Math.max(1, Math.min(waiting(), own.getAvailableTokens()));
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
        LocalBucket own = local;
        if (own != null) {
            own.tryConsume(1);
        }
        Waiter next;
        synchronized (this) {
            // a call that left the queue meanwhile gives its turn to the next one
            do {
                next = waiters.pollFirst();
            } while (next != null && next.cancelled());
        }
        if (next != null) {
            long ticket = adaptive.now();
            adaptive.sent(ticket);
            next.grant(ticket);
        }
    }

    /** The node stopped holding its calls: the pump, asleep until the next probe, goes on now. */
    private void wake() {
        synchronized (this) {
            if (nextTurn == null || !nextTurn.cancel(false)) {
                return;
            }
            nextTurn = null;
        }
        execute(this::pump);
    }

    private void schedule(long nanos) {
        try {
            synchronized (this) {
                nextTurn = owner.scheduler().schedule(this::pump, nanos, TimeUnit.NANOSECONDS);
            }
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
