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

import java.util.OptionalInt;

import com.netflix.concurrency.limits.limit.AIMDLimit;

/**
 * The rate one node allows itself after Huawei answered 429 (APIG.0308): additive increase, multiplicative decrease
 * on calls per minute, by concurrency-limits' {@link AIMDLimit}. Off until the first 429, so a node that is never
 * throttled is never slowed down.
 *
 * <p>One 429 is one congestion event, not one per call: calls carry the epoch in which they were let through, and
 * only a 429 to a call let through after the last decrease decreases again (as TCP reacts once per window). Without
 * that, the dozens of calls already in flight when the quota runs out would divide the rate dozens of times.
 */
final class AdaptiveRate {

    /** Each 429 of a new epoch leaves this share of the rate. */
    private static final double BACKOFF = 0.75;
    /** The rate never falls below this share of the ceiling. */
    private static final int FLOOR_DIVISOR = 20;
    /**
     * Least ceiling when neither configuration nor Huawei's message tells the quota (the node's accepted calls of the
     * last minute serve when they are more): one call per second.
     */
    static final int UNKNOWN_CEILING_PER_MINUTE = 60;

    private AIMDLimit limit; // guarded by this; null until the first 429
    private int ceiling; // guarded by this
    private long epoch; // guarded by this

    /** The epoch a call let through now belongs to. */
    synchronized long epoch() {
        return epoch;
    }

    /** Calls per minute this node allows itself, or empty when it was never throttled. */
    synchronized OptionalInt callsPerMinute() {
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit.getLimit());
    }

    /**
     * A 429 to a call of {@code callEpoch}.
     *
     * @param ceilingPerMinute the quota as configured or as Huawei named it, or what the node was allowed in the last
     *                         minute, in calls per minute
     * @return whether the rate changed
     */
    synchronized boolean throttled(long callEpoch, int ceilingPerMinute) {
        if (callEpoch < epoch) {
            return false;
        }
        int known = ceilingPerMinute > 0 ? ceilingPerMinute : UNKNOWN_CEILING_PER_MINUTE;
        if (limit == null || known != ceiling) {
            ceiling = known;
            int start = limit == null ? known : Math.min(limit.getLimit(), known);
            limit = AIMDLimit.newBuilder()
                    .initialLimit(start)
                    .minLimit(Math.max(1, known / FLOOR_DIVISOR))
                    .maxLimit(known)
                    .backoffRatio(BACKOFF)
                    .build();
        }
        limit.onSample(0, 0, 0, true);
        epoch++;
        return true;
    }

    /**
     * A call Huawei accepted. The rate grows by one call per minute per accepted call while calls queue for it,
     * and stays put when the node sends less than it may (it learns nothing about the quota then).
     */
    synchronized void accepted(boolean callsWaiting) {
        if (limit != null) {
            int current = limit.getLimit();
            limit.onSample(0, 0, callsWaiting ? current : 0, false);
        }
    }
}
