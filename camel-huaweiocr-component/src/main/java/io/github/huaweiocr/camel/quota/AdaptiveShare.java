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

import java.util.function.LongSupplier;

/**
 * What one node learns of Huawei's quota windows from the answers to its own calls, and the share of a window it
 * allows itself from then on.
 *
 * <p>Huawei's gateway counts calls in fixed windows (one second, one minute) that open with the first call after the
 * previous one ended; once a window holds its limit, every call is answered 429 until the window ends, at whatever rate
 * it is sent. So a 429 says nothing about the rate that is too fast: it says the window is used up. A run of
 * {@link #THROTTLED_RUN} 429s in a row naming a minute window (an isolated one is a hiccup, not a full window), or one
 * 429 naming a one-second window, makes the node:
 *
 * <ul>
 *   <li>take as its <b>share</b> of a window the calls it had accepted in that window before it was used up (at most
 *       the quota, at least a twentieth of it): alone on the account that is the quota itself, next to other clients
 *       it is what they left;</li>
 *   <li><b>hold</b> its calls until the window ends, estimated from the send time of the first call accepted in it,
 *       then let <b>one call at a time</b> through, a probe interval apart ({@link #probeInterval}), until one is
 *       accepted: the next window has opened and the node goes on at its share.</li>
 * </ul>
 *
 * <p>A window in which the share held calls back and that ended without a run of 429s grows the share by 1 % of the
 * quota (one call at least), never above it: the node probes upward slowly for what other clients no longer use.
 *
 * <p>A node that shares the quota with its replicas through a store keeps no share of its own: the store already
 * divides the quota between them, and what one replica was accepted in one window says nothing about its part. It
 * still holds its calls while a window is used up.
 * Answers to calls sent before the window was found used up teach nothing more about it.
 *
 * <p>Times are the node's ticker (nanoseconds, {@link System#nanoTime()} in production); a call's ticket is the time
 * it was let through.
 */
final class AdaptiveShare {

    /** 429 answers in a row that mean the window is used up. */
    static final int THROTTLED_RUN = 5;
    static final long SECOND = 1_000_000_000L;
    static final long MINUTE = 60 * SECOND;
    /** The share never falls below this part of the quota. */
    private static final int FLOOR_DIVISOR = 20;
    /** Each window that held calls back and was not used up grows the share by this part of the quota. */
    private static final int STEP_DIVISOR = 100;

    private final LongSupplier ticker;
    private final boolean keepsShare;
    private final Track second = new Track(SECOND);
    private final Track minute = new Track(MINUTE);
    private Track window = minute; // the kind Huawei named last; a minute until it names one
    private int share; // calls per window; 0 until the first run of 429s
    private int ceiling; // the quota per window when the share was learned; 0 when not known
    private int inARow;
    private boolean holding;
    private boolean usedUpOnce;
    private long usedUpAt;
    private long nextCallAt;

    /**
     * @param ticker     the node's clock, in nanoseconds
     * @param keepsShare whether the node paces at its share of a window (false when replicas share a quota store)
     */
    AdaptiveShare(LongSupplier ticker, boolean keepsShare) {
        this.ticker = ticker;
        this.keepsShare = keepsShare;
    }

    /** Now, on the node's ticker: the ticket of a call let through now. */
    long now() {
        return ticker.getAsLong();
    }

    /** The share this node allows itself, or {@link QuotaRate#UNKNOWN} before the first run of 429s. */
    synchronized QuotaRate share() {
        if (share == 0) {
            return QuotaRate.UNKNOWN;
        }
        return window == second ? new QuotaRate(share, 0) : new QuotaRate(0, share);
    }

    /** Whether the node holds its calls because the window is used up (it then lets one probe through at a time). */
    synchronized boolean holding() {
        return holding;
    }

    /** Nanoseconds before the next call may be let through: 0 unless the node holds its calls. */
    synchronized long nanosToWait() {
        return holding ? Math.max(0, nextCallAt - ticker.getAsLong()) : 0;
    }

    /** A call was let through with {@code ticket}; while the node holds, it was the probe, and the next one waits. */
    synchronized void sent(long ticket) {
        if (holding) {
            nextCallAt = ticket + probeInterval();
        }
    }

    /** The node's own pacing held a call back: it would have sent more in this window than it allowed itself. */
    synchronized void heldBack() {
        window.heldBack = true;
    }

    /**
     * Huawei accepted the call sent with {@code ticket}.
     *
     * @return whether the pacing changed: the next window opened after a used-up one, or the share grew
     */
    synchronized boolean accepted(long ticket) {
        inARow = 0;
        boolean reopened = false;
        if (holding) {
            if (sentBeforeUsedUp(ticket)) {
                return false; // it proves no new window
            }
            holding = false;
            reopened = true;
            second.open(ticket);
            minute.open(ticket);
        }
        boolean secondRolled = second.count(ticket);
        boolean minuteRolled = minute.count(ticket);
        boolean grown = (window == second ? secondRolled : minuteRolled) && grow();
        return reopened || grown;
    }

    /** A window that held calls back ended without a run of 429s: 1 % of the quota more, up to the quota. */
    private boolean grow() {
        if (share == 0 || ceiling > 0 && share >= ceiling) {
            return false;
        }
        int step = Math.max(1, (ceiling > 0 ? ceiling : share) / STEP_DIVISOR);
        share = ceiling > 0 ? Math.min(ceiling, share + step) : share + step;
        return true;
    }

    private boolean sentBeforeUsedUp(long ticket) {
        return usedUpOnce && ticket - usedUpAt <= 0;
    }

    /**
     * Huawei answered 429 (APIG.0308) to the call sent with {@code ticket}.
     *
     * @param perSecondWindow whether Huawei named the one-second window: one such 429 is enough (holding costs at
     *                        most a second, and a node paced near the quota sends too few calls in the rest of a
     *                        second for a run to form); a minute window needs a run of {@link #THROTTLED_RUN}
     * @return whether this answer means the window is used up: {@link #usedUp} must follow
     */
    synchronized boolean throttled(long ticket, boolean perSecondWindow) {
        if (holding || sentBeforeUsedUp(ticket)) {
            return false; // the window is already known to be used up, or the call was sent before it was
        }
        return ++inARow >= (perSecondWindow ? 1 : THROTTLED_RUN);
    }

    /**
     * The window is used up: learn the share and hold the calls until the window ends.
     *
     * @param perSecondWindow whether Huawei named the one-second window (else a minute is assumed, the window its
     *                        documented message names)
     * @param quota           the quota as known now (configured, or named by Huawei), {@link QuotaRate#UNKNOWN} if not
     */
    synchronized void usedUp(boolean perSecondWindow, QuotaRate quota) {
        long now = ticker.getAsLong();
        window = perSecondWindow ? second : minute;
        ceiling = perSecondWindow ? quota.perSecond() : quota.isKnown() ? quota.callsPerMinute() : 0;
        long accepted = window.acceptedInUsedUpWindow(now);
        long least = ceiling > 0 ? Math.max(1, ceiling / FLOOR_DIVISOR) : 1;
        long most = ceiling > 0 ? ceiling : Integer.MAX_VALUE;
        share = keepsShare ? (int) Math.max(least, Math.min(most, accepted)) : 0;
        inARow = 0;
        holding = true;
        usedUpOnce = true;
        usedUpAt = now;
        long end = window.started ? window.start + window.period : now;
        nextCallAt = end - now > 0 ? end : now + probeInterval();
    }

    /** How long the node waits between probes while it holds: a sixtieth of a minute, a tenth of a second. */
    synchronized long probeInterval() {
        return window == second ? SECOND / 10 : MINUTE / 60;
    }

    /**
     * The node's view of one kind of window: it opens with the first call accepted after the previous one ended (the
     * gateway opens it with the first call it sees then), and counts the calls accepted in it.
     */
    private static final class Track {
        final long period;
        boolean started;
        long start;
        long accepted;
        boolean heldBack;
        /** Whether this window was opened by the clock (not by a probe the gateway accepted), and what the one before held. */
        boolean openedByClock;
        long acceptedBefore;

        Track(long period) {
            this.period = period;
        }

        void open(long at) {
            openedByClock = false;
            acceptedBefore = 0;
            started = true;
            start = at;
            accepted = 0;
            heldBack = false;
        }

        /** Counts a call accepted that was sent at {@code ticket}; true when it opened a window after one that held calls back. */
        boolean count(long ticket) {
            boolean rolledAfterHeldBack = false;
            if (!started || ticket - start >= period) {
                rolledAfterHeldBack = started && heldBack;
                long before = started ? accepted : 0;
                open(ticket);
                openedByClock = true;
                acceptedBefore = before;
            }
            accepted++;
            return rolledAfterHeldBack;
        }

        /**
         * Calls accepted in the gateway's window that was found used up at {@code now}: the calls of this window (none
         * when it ended and a later one held none yet), and those of the one before when this one was opened by the
         * clock less than a tenth of a period ago. The node's estimate rolls when a call is sent a period after the
         * window opened, the gateway's when a call arrives: a call's latency apart, so a run of 429s just after the
         * estimate rolled belongs to the window before.
         */
        long acceptedInUsedUpWindow(long now) {
            if (!started || now - start >= period) {
                return 0;
            }
            return openedByClock && now - start < period / 10 ? acceptedBefore + accepted : accepted;
        }
    }
}
