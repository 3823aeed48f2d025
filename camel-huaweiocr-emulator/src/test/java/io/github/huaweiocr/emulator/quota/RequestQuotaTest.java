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

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class RequestQuotaTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T03:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void perSecondWindowRefusesTheCallBeyondItsLimitAndReopensAfterOneSecond() {
        RequestQuota quota = new RequestQuota(clock, 2, 0);
        assertThat(quota.tryAcquire("acct", "general-text")).isEmpty();
        clock.advance(Duration.ofMillis(500));
        assertThat(quota.tryAcquire("acct", "general-text")).isEmpty();
        assertThat(quota.tryAcquire("acct", "general-text"))
                .contains(new RequestQuota.Refusal(2, RequestQuota.Period.SECOND));
        clock.advance(Duration.ofMillis(500));
        assertThat(quota.tryAcquire("acct", "general-text")).as("the window opened with the first call").isEmpty();
    }

    @Test
    void bothWindowsApplyAndRefusedCallsAreNotCounted() {
        RequestQuota quota = new RequestQuota(clock, 2, 3);
        assertThat(quota.tryAcquire("acct", "vin")).isEmpty();
        assertThat(quota.tryAcquire("acct", "vin")).isEmpty();
        assertThat(quota.tryAcquire("acct", "vin")).contains(new RequestQuota.Refusal(2, RequestQuota.Period.SECOND));
        clock.advance(Duration.ofSeconds(1));
        assertThat(quota.tryAcquire("acct", "vin")).as("the refused call did not use the minute's room").isEmpty();
        assertThat(quota.tryAcquire("acct", "vin")).contains(new RequestQuota.Refusal(3, RequestQuota.Period.MINUTE));
        clock.advance(Duration.ofSeconds(59));
        assertThat(quota.tryAcquire("acct", "vin")).isEmpty();
    }

    @Test
    void quotaIsPerAccountAndOperation() {
        RequestQuota quota = new RequestQuota(clock, 0, 1);
        assertThat(quota.tryAcquire("a", "vin")).isEmpty();
        assertThat(quota.tryAcquire("a", "vin")).isPresent();
        assertThat(quota.tryAcquire("a", "seal")).isEmpty();
        assertThat(quota.tryAcquire("b", "vin")).isEmpty();
    }

    @Test
    void zeroTurnsAWindowOffAndSetForgetsTheCounts() {
        RequestQuota quota = new RequestQuota(clock, 0, 0);
        for (int i = 0; i < 1000; i++) {
            assertThat(quota.tryAcquire("a", "vin")).isEmpty();
        }
        quota.set(0, 1);
        assertThat(quota.tryAcquire("a", "vin")).isEmpty();
        assertThat(quota.tryAcquire("a", "vin")).isPresent();
        quota.set(0, 1);
        assertThat(quota.tryAcquire("a", "vin")).isEmpty();
        assertThat(quota.shownLimit(100)).isEqualTo(new RequestQuota.Refusal(1, RequestQuota.Period.MINUTE));
        quota.set(4, 0);
        assertThat(quota.shownLimit(100)).isEqualTo(new RequestQuota.Refusal(4, RequestQuota.Period.SECOND));
    }

    @Test
    void windowsThatAdmittedACallAreCountedPerKindUntilTheQuotaIsSetAgain() {
        RequestQuota quota = new RequestQuota(clock, 2, 5);
        quota.tryAcquire("a", "vin");
        quota.tryAcquire("a", "vin");
        quota.tryAcquire("a", "vin"); // refused by the second window: opens nothing new
        clock.advance(Duration.ofSeconds(1));
        quota.tryAcquire("a", "vin");
        quota.tryAcquire("b", "vin"); // another account's windows
        assertThat(quota.windowsUsed(RequestQuota.Period.SECOND)).isEqualTo(3);
        assertThat(quota.windowsUsed(RequestQuota.Period.MINUTE)).isEqualTo(2);
        quota.set(0, 5);
        quota.tryAcquire("a", "vin");
        assertThat(quota.windowsUsed(RequestQuota.Period.SECOND)).as("that window is off").isZero();
        assertThat(quota.windowsUsed(RequestQuota.Period.MINUTE)).isEqualTo(1);
    }
}
