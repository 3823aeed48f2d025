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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.huaweiocr.camel.error.HuaweiOcrAccessKeyLockedException;

/**
 * Stops sending with an access key whose signatures Huawei rejected several times in a row. Huawei locks a key for
 * five minutes after five consecutive failures, for every application that uses it; pausing after three keeps a
 * misconfigured route from locking the key for everyone. A request Huawei accepts resets the count. Thread-safe and
 * lock-free.
 */
public final class AccessKeyGuard {

    /** Consecutive signature failures after which the key is paused. */
    public static final int DEFAULT_THRESHOLD = 3;
    /** How long a key stays paused: as long as Huawei's own lock. */
    public static final Duration DEFAULT_PAUSE = Duration.ofMinutes(5);

    private record State(int failures, Instant pausedUntil, String reason) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final int threshold;
    private final Duration pause;
    private final Clock clock;

    public AccessKeyGuard() {
        this(DEFAULT_THRESHOLD, DEFAULT_PAUSE, Clock.systemUTC());
    }

    public AccessKeyGuard(int threshold, Duration pause, Clock clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        this.threshold = threshold;
        this.pause = pause;
        this.clock = clock;
    }

    /**
     * Throws when the key is paused.
     *
     * @throws HuaweiOcrAccessKeyLockedException saying why and until when
     */
    public void check(String accessKey) {
        State state = states.get(accessKey);
        if (state != null && state.pausedUntil() != null) {
            if (clock.instant().isBefore(state.pausedUntil())) {
                throw new HuaweiOcrAccessKeyLockedException(accessKey, state.reason(), state.pausedUntil());
            }
            // The pause is over: give the key a fresh start rather than re-pausing on the next single failure.
            states.remove(accessKey, state);
        }
    }

    /**
     * Records a rejected signature.
     *
     * @param lockedByHuawei Huawei said it locked the key itself ("AK access failed to reach the limit"): pause at once
     */
    public void recordSignatureFailure(String accessKey, boolean lockedByHuawei) {
        states.compute(accessKey, (key, old) -> {
            int failures = (old == null ? 0 : old.failures()) + 1;
            if (lockedByHuawei) {
                return new State(failures, clock.instant().plus(pause),
                        "Huawei reported the key locked after repeated signature failures");
            }
            if (failures >= threshold) {
                return new State(failures, clock.instant().plus(pause), "Huawei rejected its signature " + failures
                        + " times in a row (Huawei itself locks a key for 5 minutes after 5 failures)");
            }
            return new State(failures, old == null ? null : old.pausedUntil(), old == null ? null : old.reason());
        });
    }

    /** Records a request whose signature Huawei accepted: the failure count starts again from zero. */
    public void recordAccepted(String accessKey) {
        if (!states.isEmpty()) {
            states.remove(accessKey);
        }
    }
}
