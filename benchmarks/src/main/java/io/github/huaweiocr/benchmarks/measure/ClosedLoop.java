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
package io.github.huaweiocr.benchmarks.measure;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Keeps exactly N calls in flight: each completion starts the next call on the thread that completed it. Counts
 * completions and failures, and records each call's latency while {@link #recordLatencies(boolean) recording}.
 */
public final class ClosedLoop {

    private final Supplier<CompletableFuture<?>> call;
    private final int concurrency;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    private final CountDownLatch drained;
    private final LatencyLog latencies = new LatencyLog();
    private volatile boolean recording;

    public ClosedLoop(Supplier<CompletableFuture<?>> call, int concurrency) {
        this.call = call;
        this.concurrency = concurrency;
        this.drained = new CountDownLatch(concurrency);
    }

    public void start() {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        for (int i = 0; i < concurrency; i++) {
            next();
        }
    }

    private void next() {
        if (!running.get()) {
            drained.countDown();
            return;
        }
        long start = System.nanoTime();
        CompletableFuture<?> future;
        try {
            future = call.get();
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        future.whenComplete((result, error) -> {
            if (error == null) {
                if (recording) {
                    latencies.add(System.nanoTime() - start);
                }
                completed.incrementAndGet();
                next();
            } else {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, error);
                // off this stack: a call that fails at once would otherwise recurse without bound
                CompletableFuture.runAsync(this::next);
            }
        });
    }

    /** Calls completed successfully so far. */
    public long completed() {
        return completed.get();
    }

    public long failed() {
        return failed.get();
    }

    /** The first failure seen, or null. */
    public Throwable firstFailure() {
        return firstFailure.get();
    }

    /** Latencies are kept only while this is on (after warm-up). */
    public void recordLatencies(boolean on) {
        this.recording = on;
    }

    public long[] latenciesNanos() {
        return latencies.toArray();
    }

    /** Starts no more calls and waits for those in flight. */
    public void stop(Duration timeout) throws InterruptedException {
        running.set(false);
        if (!drained.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("calls still in flight " + timeout + " after the load stopped");
        }
    }
}
