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

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * A semaphore that never blocks: a call that finds no permit is queued (first come, first served) and resumed by the
 * thread that frees one. Bounds the requests in flight without a thread per waiting request. The lock is held only to
 * move a counter or a queue entry, never while waiting.
 */
final class AsyncPermits {

    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private int available; // guarded by this
    private final AtomicInteger inUse = new AtomicInteger();

    AsyncPermits(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.available = limit;
    }

    /** Runs the work while holding a permit; the permit is returned when it completes, fails or is cancelled. */
    <T> Mono<T> withPermit(Function<Permit, Mono<T>> work) {
        return Mono.defer(() -> {
            Permit now = tryAcquire();
            return now != null ? held(now, work) : acquire().flatMap(permit -> held(permit, work));
        });
    }

    /**
     * The work, with its permit returned once it ends, however it ends (also when building it failed). A result or an
     * error returns the permit before it goes on downstream: whoever it wakes (a closed loop, a Camel callback) often
     * starts the next call on this thread, and that call should find the permit free rather than queue behind its own
     * predecessor (with a limit equal to the calls kept in flight, nearly every call queued). Cancellation returns it
     * as it happens.
     */
    private static <T> Mono<T> held(Permit permit, Function<Permit, Mono<T>> work) {
        Mono<T> running;
        try {
            running = work.apply(permit);
        } catch (RuntimeException e) {
            permit.release();
            return Mono.error(e);
        }
        return running.doOnTerminate(permit::release).doOnCancel(permit::release);
    }

    /**
     * A permit, when one is free and nobody waits for one (so the queue keeps its order); null otherwise. The call
     * that finds one goes on on its own thread, without a sink or a queue entry.
     */
    private Permit tryAcquire() {
        synchronized (this) {
            if (available == 0 || !waiters.isEmpty()) {
                return null;
            }
            available--;
        }
        return new Permit();
    }

    Mono<Permit> acquire() {
        return Mono.create(sink -> {
            Waiter waiter = new Waiter(sink);
            boolean now;
            synchronized (this) {
                now = available > 0;
                if (now) {
                    available--;
                } else {
                    waiters.addLast(waiter);
                }
            }
            sink.onCancel(waiter::cancel);
            if (now) {
                waiter.grant();
            }
        });
    }

    /** Permits currently held. */
    int inUse() {
        return inUse.get();
    }

    /** Calls waiting for a permit. */
    synchronized int waiting() {
        return waiters.size();
    }

    private void release() {
        while (true) {
            Waiter next;
            synchronized (this) {
                next = waiters.pollFirst();
                if (next == null) {
                    available++;
                    return;
                }
            }
            if (next.grant()) {
                return;
            }
            // That waiter was cancelled: hand the permit to the one after it.
        }
    }

    /** One held permit; releasing twice is harmless. */
    final class Permit {
        private final AtomicBoolean released = new AtomicBoolean();

        Permit() {
            inUse.incrementAndGet();
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                inUse.decrementAndGet();
                AsyncPermits.this.release();
            }
        }
    }

    private final class Waiter {
        private static final int WAITING = 0;
        private static final int GRANTED = 1;
        private static final int CANCELLED = 2;

        private final MonoSink<Permit> sink;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        private volatile Permit permit;

        Waiter(MonoSink<Permit> sink) {
            this.sink = sink;
        }

        boolean grant() {
            if (!state.compareAndSet(WAITING, GRANTED)) {
                return false;
            }
            Permit p = new Permit();
            permit = p;
            sink.success(p);
            return true;
        }

        void cancel() {
            if (state.compareAndSet(WAITING, CANCELLED)) {
                synchronized (AsyncPermits.this) {
                    waiters.remove(this);
                }
                return;
            }
            // Granted, then cancelled before the work could start: give the permit back.
            Permit p = permit;
            if (p != null) {
                p.release();
            }
        }
    }
}
