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

import static io.github.huaweiocr.camel.quota.AdaptiveShare.MINUTE;
import static io.github.huaweiocr.camel.quota.AdaptiveShare.SECOND;
import static io.github.huaweiocr.camel.quota.AdaptiveShare.THROTTLED_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The node's view of Huawei's fixed quota windows, driven by a ticker the test moves by hand: when a run of 429s means
 * the window is used up, the share learned from it, how long calls are held, the probes, and the slow growth.
 */
class AdaptiveShareTest {

    private static final QuotaRate SIX_HUNDRED_A_MINUTE = new QuotaRate(0, 600);

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private final AdaptiveShare share = new AdaptiveShare(clock::get, true);

    private long sendAndAccept() {
        long ticket = share.now();
        share.sent(ticket);
        share.accepted(ticket);
        return ticket;
    }

    /** Sends {@code n} calls at once and has each answered 429; true if one of the answers completed a run. */
    private boolean throttledRun(int n) {
        boolean run = false;
        for (int i = 0; i < n; i++) {
            long ticket = share.now();
            share.sent(ticket);
            run |= share.throttled(ticket, false);
        }
        return run;
    }

    private void advance(long nanos) {
        clock.addAndGet(nanos);
    }

    @Test
    void aNodeNeverThrottledIsNeverSlowedOrHeld() {
        for (int i = 0; i < 1_000; i++) {
            sendAndAccept();
            advance(SECOND / 100);
        }
        assertThat(share.share()).isEqualTo(QuotaRate.UNKNOWN);
        assertThat(share.holding()).isFalse();
        assertThat(share.nanosToWait()).isZero();
    }

    @Test
    void isolated429sSayNothingOnlyARunMeansTheWindowIsUsedUp() {
        sendAndAccept();
        for (int i = 0; i < 10; i++) {
            assertThat(throttledRun(THROTTLED_RUN - 1)).isFalse();
            sendAndAccept(); // an accepted call breaks the run
        }
        assertThat(throttledRun(1)).as("the fifth 429 in a row").isFalse();
        assertThat(throttledRun(THROTTLED_RUN - 1)).isTrue();
    }

    @Test
    void aNodeToldNothingTakesTheCallsItWasAcceptedInTheWindowAsItsShareAndHoldsUntilTheWindowEnds() {
        long windowStart = sendAndAccept();
        for (int i = 1; i < 600; i++) { // the unpaced burst: the window's 600 calls within a second
            sendAndAccept();
        }
        advance(SECOND);
        assertThat(throttledRun(THROTTLED_RUN)).isTrue();
        share.usedUp(false, SIX_HUNDRED_A_MINUTE);

        assertThat(share.share()).isEqualTo(new QuotaRate(0, 600));
        assertThat(share.holding()).isTrue();
        assertThat(share.nanosToWait()).as("until the window that opened with the first call ends")
                .isEqualTo(windowStart + MINUTE - clock.get());
        // the calls in flight when the window was found used up come back 429: no second run, nothing learned
        assertThat(throttledRun(16)).isFalse();
        assertThat(share.share()).isEqualTo(new QuotaRate(0, 600));
    }

    @Test
    void whileHoldingOneProbeATimeGoesOutAndTheFirstAcceptedOneReopensTheWindow() {
        long windowStart = sendAndAccept();
        for (int i = 1; i < 100; i++) {
            sendAndAccept();
        }
        long inFlight = share.now(); // sent before the window was found used up, answered later
        throttledRun(THROTTLED_RUN);
        share.usedUp(false, SIX_HUNDRED_A_MINUTE);

        clock.set(windowStart + MINUTE);
        assertThat(share.nanosToWait()).isZero();
        long probe = share.now();
        share.sent(probe);
        assertThat(share.nanosToWait()).as("the next probe waits").isEqualTo(share.probeInterval());
        assertThat(share.probeInterval()).isEqualTo(SECOND);
        assertThat(share.throttled(probe, false)).as("a probe's 429 is expected, not a new run").isFalse();
        assertThat(share.accepted(inFlight)).as("a call sent before proves no new window").isFalse();
        assertThat(share.holding()).isTrue();

        advance(SECOND);
        long second = share.now();
        share.sent(second);
        assertThat(share.accepted(second)).as("the pacing changes: calls go on").isTrue();
        assertThat(share.holding()).isFalse();
        assertThat(share.nanosToWait()).isZero();
        assertThat(share.share()).as("a window with 100 accepted calls").isEqualTo(new QuotaRate(0, 100));
    }

    @Test
    void nextToOtherClientsTheShareIsWhatTheyLeftAndItNeverFallsBelowATwentiethOfTheQuota() {
        for (int i = 0; i < 240; i++) { // paced, the others took the rest of the window
            sendAndAccept();
            advance(SECOND / 10);
        }
        throttledRun(THROTTLED_RUN);
        share.usedUp(false, SIX_HUNDRED_A_MINUTE);
        assertThat(share.share()).isEqualTo(new QuotaRate(0, 240));

        advance(MINUTE);
        long probe = share.now();
        share.sent(probe);
        share.accepted(probe);
        throttledRun(THROTTLED_RUN); // the others used the next window up before this node got a second call
        share.usedUp(false, SIX_HUNDRED_A_MINUTE);
        assertThat(share.share()).isEqualTo(new QuotaRate(0, 30));
    }

    @Test
    void aWindowThatHeldCallsBackAndWasNotUsedUpGrowsTheShareByOnePercentOfTheQuotaUpToIt() {
        for (int i = 0; i < 300; i++) {
            sendAndAccept();
        }
        throttledRun(THROTTLED_RUN);
        share.usedUp(false, SIX_HUNDRED_A_MINUTE);
        advance(MINUTE);
        sendAndAccept(); // the probe: the next window opened
        assertThat(share.share()).isEqualTo(new QuotaRate(0, 300));

        advance(MINUTE);
        assertThat(share.accepted(share.now())).as("a window that held nothing back").isFalse();
        assertThat(share.share()).isEqualTo(new QuotaRate(0, 300));

        share.heldBack();
        advance(MINUTE);
        assertThat(share.accepted(share.now())).isTrue();
        assertThat(share.share()).isEqualTo(new QuotaRate(0, 306));

        for (int i = 0; i < 60; i++) {
            share.heldBack();
            advance(MINUTE);
            sendAndAccept();
        }
        assertThat(share.share()).as("never above the quota").isEqualTo(new QuotaRate(0, 600));
    }

    @Test
    void oneAnswerNamingTheOneSecondWindowIsEnoughAndThatWindowIsHeldAndProbedOnItsOwnScale() {
        long windowStart = sendAndAccept();
        for (int i = 1; i < 5; i++) {
            sendAndAccept();
        }
        long ticket = share.now();
        share.sent(ticket);
        assertThat(share.throttled(ticket, true)).isTrue();
        share.usedUp(true, new QuotaRate(5, 0));

        assertThat(share.share()).isEqualTo(new QuotaRate(5, 0));
        assertThat(share.nanosToWait()).isEqualTo(windowStart + SECOND - clock.get());
        assertThat(share.probeInterval()).isEqualTo(SECOND / 10);
    }

    @Test
    void withoutAQuotaTheShareIsWhatWasAcceptedAndGrowsByOnePercentOfItself() {
        for (int i = 0; i < 450; i++) {
            sendAndAccept();
        }
        throttledRun(THROTTLED_RUN);
        share.usedUp(false, QuotaRate.UNKNOWN);
        assertThat(share.share()).isEqualTo(new QuotaRate(0, 450));

        advance(MINUTE);
        sendAndAccept();
        share.heldBack();
        advance(MINUTE);
        sendAndAccept();
        assertThat(share.share()).isEqualTo(new QuotaRate(0, 454));
    }

    @Test
    void whenTheWindowEstimateHasEndedTheNodeProbesAfterOneInterval() {
        sendAndAccept();
        advance(2 * MINUTE); // no call accepted since: the window this node saw is long over
        throttledRun(THROTTLED_RUN);
        share.usedUp(false, SIX_HUNDRED_A_MINUTE);
        assertThat(share.share()).as("nothing accepted in this window: the floor").isEqualTo(new QuotaRate(0, 30));
        assertThat(share.nanosToWait()).isEqualTo(SECOND);
    }

    @Test
    void aNodeSharingAStoreWithItsReplicasHoldsWhileTheWindowIsUsedUpButKeepsNoShareOfItsOwn() {
        AdaptiveShare replica = new AdaptiveShare(clock::get, false);
        long windowStart = replica.now();
        for (int i = 0; i < 200; i++) {
            replica.accepted(replica.now());
        }
        for (int i = 0; i < THROTTLED_RUN; i++) {
            replica.throttled(replica.now(), false);
        }
        replica.usedUp(false, SIX_HUNDRED_A_MINUTE);

        assertThat(replica.holding()).isTrue();
        assertThat(replica.nanosToWait()).isEqualTo(windowStart + MINUTE - clock.get());
        assertThat(replica.share()).isEqualTo(QuotaRate.UNKNOWN);
        clock.set(windowStart + MINUTE);
        assertThat(replica.accepted(replica.now())).isTrue();
        assertThat(replica.holding()).isFalse();
    }

    @Test
    void aRunJustAfterTheNodesEstimateRolledBelongsToTheWindowBefore() {
        // paced at the quota: 594 calls over the minute, the estimate rolls with the first call sent a minute later
        for (int i = 0; i < 594; i++) {
            sendAndAccept();
            advance(MINUTE / 600);
        }
        clock.addAndGet(MINUTE / 100);
        sendAndAccept(); // sent a minute after the window opened: the estimate rolls; the gateway's has not yet
        throttledRun(THROTTLED_RUN);
        share.usedUp(false, SIX_HUNDRED_A_MINUTE);
        assertThat(share.share()).as("not the one call after the roll").isEqualTo(new QuotaRate(0, 595));

        advance(MINUTE); // long after a window the gateway confirmed (a probe) opened, few calls are few
        sendAndAccept();
        advance(MINUTE / 100);
        throttledRun(THROTTLED_RUN);
        share.usedUp(false, SIX_HUNDRED_A_MINUTE);
        assertThat(share.share()).isEqualTo(new QuotaRate(0, 30));
    }
}
