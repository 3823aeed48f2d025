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
package io.github.huaweiocr.emulator.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Locks an access key after too many consecutive authentication failures, as API Gateway does (5 in a row lock the key
 * for 5 minutes). A success clears the count.
 */
public final class AccessKeyLockout {

    private final Clock clock;
    private final int threshold;
    private final Duration duration;
    private final Map<String, State> states = new HashMap<>();

    private static final class State {
        int failures;
        Instant lockedUntil;
    }

    public AccessKeyLockout(Clock clock, int threshold, Duration duration) {
        this.clock = clock;
        this.threshold = threshold;
        this.duration = duration;
    }

    public synchronized boolean locked(String accessKey) {
        State state = states.get(accessKey);
        if (state == null || state.lockedUntil == null) {
            return false;
        }
        if (clock.instant().isBefore(state.lockedUntil)) {
            return true;
        }
        states.remove(accessKey);
        return false;
    }

    public synchronized void failure(String accessKey) {
        State state = states.computeIfAbsent(accessKey, k -> new State());
        if (++state.failures >= threshold) {
            state.lockedUntil = clock.instant().plus(duration);
        }
    }

    public synchronized void success(String accessKey) {
        states.remove(accessKey);
    }

    public synchronized void reset() {
        states.clear();
    }
}
