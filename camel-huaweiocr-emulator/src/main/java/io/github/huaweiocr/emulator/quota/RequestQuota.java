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
package io.github.huaweiocr.emulator.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The API gateway's per-user throttling policy, per account and operation, in the two windows Huawei's flow control
 * offers for it: calls per second and calls per minute. Each window opens with the first call after the previous one
 * ended and admits its limit of calls until it ends; a call is admitted only when every active window has room, and
 * only admitted calls are counted. A limit of 0 turns that window off. It also counts the windows that admitted at
 * least one call, so that a test can tell how full a client kept the windows it used (calls admitted per window) by
 * counts, without reading a clock.
 */
public final class RequestQuota {

    /** One of the two windows: its length and the wording of {@code time:} in the APIG.0308 message. */
    public enum Period {
        SECOND(Duration.ofSeconds(1), "1 second"),
        MINUTE(Duration.ofMinutes(1), "1 minute");

        private final Duration length;
        private final String wording;

        Period(Duration length, String wording) {
            this.length = length;
            this.wording = wording;
        }

        /** How Huawei's message names the window: {@code 1 second} or {@code 1 minute}. */
        public String wording() {
            return wording;
        }
    }

    /** Why a call was refused: the limit and window of the policy it ran into. */
    public record Refusal(int limit, Period period) {
    }

    private final Clock clock;
    private final Map<String, Window[]> windows = new HashMap<>();
    private int perSecond;
    private int perMinute;
    private final long[] windowsUsed = new long[Period.values().length];

    private static final class Window {
        Instant start;
        int count;

        boolean hasRoom(Instant now, Duration length, int limit) {
            if (start == null || !now.isBefore(start.plus(length))) {
                start = now;
                count = 0;
            }
            return count < limit;
        }
    }

    public RequestQuota(Clock clock, int perSecond, int perMinute) {
        this.clock = clock;
        set(perSecond, perMinute);
    }

    /** Calls per second per account and operation; 0 = no such window. */
    public synchronized int perSecond() {
        return perSecond;
    }

    /** Calls per minute per account and operation; 0 = no such window. */
    public synchronized int perMinute() {
        return perMinute;
    }

    /** Changes both limits and forgets the calls counted so far. */
    public synchronized void set(int perSecond, int perMinute) {
        if (perSecond < 0 || perMinute < 0) {
            throw new IllegalArgumentException("quota must not be negative");
        }
        this.perSecond = perSecond;
        this.perMinute = perMinute;
        windows.clear();
        java.util.Arrays.fill(windowsUsed, 0);
    }

    /**
     * Windows of {@code period} that admitted at least one call since the quota was last set, over all accounts and
     * operations; 0 while that window is off.
     */
    public synchronized long windowsUsed(Period period) {
        return windowsUsed[period.ordinal()];
    }

    /**
     * The limit an injected throttling fault names: the minute limit, else the second limit, else {@code fallback}
     * (with its window as a minute, the wording of Huawei's documented message).
     */
    public synchronized Refusal shownLimit(int fallback) {
        if (perMinute > 0) {
            return new Refusal(perMinute, Period.MINUTE);
        }
        return perSecond > 0 ? new Refusal(perSecond, Period.SECOND) : new Refusal(fallback, Period.MINUTE);
    }

    /**
     * Counts a call, or tells which window refused it (the second window is checked first: it is the one a burst
     * runs into). A refused call is not counted in any window.
     */
    public synchronized Optional<Refusal> tryAcquire(String account, String operation) {
        if (perSecond == 0 && perMinute == 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Window[] pair = windows.computeIfAbsent(account + '\n' + operation, k -> new Window[] {new Window(), new Window()});
        if (perSecond > 0 && !pair[0].hasRoom(now, Period.SECOND.length, perSecond)) {
            return Optional.of(new Refusal(perSecond, Period.SECOND));
        }
        if (perMinute > 0 && !pair[1].hasRoom(now, Period.MINUTE.length, perMinute)) {
            return Optional.of(new Refusal(perMinute, Period.MINUTE));
        }
        count(pair[0], Period.SECOND, perSecond);
        count(pair[1], Period.MINUTE, perMinute);
        return Optional.empty();
    }

    private void count(Window window, Period period, int limit) {
        if (limit > 0 && window.count == 0) {
            windowsUsed[period.ordinal()]++;
        }
        window.count++;
    }
}
