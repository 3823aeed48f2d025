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

/**
 * A {@link QuotaStore}'s answer: the calls it let through now, or, when none, how long to wait before asking again.
 *
 * @param calls       calls taken from the shared quota, to be sent now
 * @param nanosToWait when no call was taken, the nanoseconds until the quota has one again; 0 otherwise
 */
public record QuotaGrant(long calls, long nanosToWait) {

    public QuotaGrant {
        if (calls < 0 || nanosToWait < 0 || calls == 0 && nanosToWait == 0) {
            throw new IllegalArgumentException("a grant takes calls or says how long to wait: calls=" + calls
                    + ", nanosToWait=" + nanosToWait);
        }
    }

    /** {@code calls} (at least one) may be sent now. */
    public static QuotaGrant taken(long calls) {
        return new QuotaGrant(calls, 0);
    }

    /** None may be sent before {@code nanos} have passed (at least one nanosecond). */
    public static QuotaGrant waitFor(long nanos) {
        return new QuotaGrant(0, Math.max(1, nanos));
    }
}
