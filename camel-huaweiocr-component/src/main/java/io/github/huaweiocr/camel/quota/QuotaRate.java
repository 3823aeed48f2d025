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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;

/**
 * An account's quota for one OCR operation as Huawei's API gateway counts it: calls per second and calls per minute,
 * each in a window that opens with the first call (0 = no such window).
 *
 * <p>As token buckets, each window becomes a bucket that holds a small burst ({@link #burst}: 1 % of the limit, at
 * least one call) and is refilled with the rest of the limit per window: any stretch of one window then holds at most
 * the stored burst plus the refill, which is the limit, so calls sent at the bucket's pace never meet the gateway's
 * window however the two are aligned. The burst is what lets a call sent a little late (a busy scheduler, a shared
 * store a few milliseconds away) leave its turn unused without losing it; it costs that 1 % of the quota.
 *
 * @param perSecond calls per second, 0 when the account has no per-second limit (or it is unknown)
 * @param perMinute calls per minute, 0 when the account has no per-minute limit (or it is unknown)
 */
public record QuotaRate(int perSecond, int perMinute) {

    /** Nothing known: calls are not paced until Huawei answers 429. */
    public static final QuotaRate UNKNOWN = new QuotaRate(0, 0);

    /** The limit in Huawei's APIG.0308 message: {@code ...over ratelimit,limit:600,time:1 minute}. */
    private static final Pattern THROTTLE_MESSAGE = Pattern.compile("limit:(\\d+),time:1 (second|minute)");

    public QuotaRate {
        if (perSecond < 0 || perMinute < 0) {
            throw new IllegalArgumentException("a quota cannot be negative: perSecond=" + perSecond
                    + ", perMinute=" + perMinute);
        }
    }

    /** Whether any window is known. */
    public boolean isKnown() {
        return perSecond > 0 || perMinute > 0;
    }

    /** The calls per minute this quota admits at most: the tighter of the two windows. */
    public int callsPerMinute() {
        int bySecond = perSecond > 0 ? (int) Math.min(Integer.MAX_VALUE, perSecond * 60L) : Integer.MAX_VALUE;
        int byMinute = perMinute > 0 ? perMinute : Integer.MAX_VALUE;
        return Math.min(bySecond, byMinute);
    }

    /** Per window, the smaller of the two limits where both are known, else the one that is. */
    public QuotaRate tighter(QuotaRate other) {
        return new QuotaRate(tighter(perSecond, other.perSecond), tighter(perMinute, other.perMinute));
    }

    private static int tighter(int a, int b) {
        return a == 0 ? b : b == 0 ? a : Math.min(a, b);
    }

    /** This quota with the windows {@code newer} knows replaced by its limits (what Huawei named last counts). */
    public QuotaRate updatedWith(QuotaRate newer) {
        return new QuotaRate(newer.perSecond > 0 ? newer.perSecond : perSecond,
                newer.perMinute > 0 ? newer.perMinute : perMinute);
    }

    /** The two windows as Bucket4j limits (see the class comment); only for a known quota. */
    BucketConfiguration bucketConfiguration() {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        limits().forEach(builder::addLimit);
        return builder.build();
    }

    List<Bandwidth> limits() {
        List<Bandwidth> limits = new ArrayList<>(2);
        if (perSecond > 0) {
            limits.add(window(perSecond, Duration.ofSeconds(1)));
        }
        if (perMinute > 0) {
            limits.add(window(perMinute, Duration.ofMinutes(1)));
        }
        return limits;
    }

    private static Bandwidth window(int limit, Duration period) {
        int burst = burst(limit);
        return Bandwidth.builder().capacity(burst).refillGreedy(Math.max(1, limit - burst), period).build();
    }

    /** Calls a window's bucket may hold: 1 % of the limit (6 of 600 per minute), at least one. */
    static int burst(int limit) {
        return Math.max(1, limit / 100);
    }

    /** A number that changes with the quota, so a shared bucket stored with another quota is reconfigured. */
    long version() {
        return perSecond * 1_000_000_000L + perMinute;
    }

    /** The quota Huawei names in an APIG.0308 answer, if the message carries it. */
    public static Optional<QuotaRate> fromThrottleMessage(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = THROTTLE_MESSAGE.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        int limit;
        try {
            limit = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (limit < 1) {
            return Optional.empty();
        }
        return Optional.of(m.group(2).equals("second") ? new QuotaRate(limit, 0) : new QuotaRate(0, limit));
    }

    @Override
    public String toString() {
        if (!isKnown()) {
            return "unknown";
        }
        return (perSecond > 0 ? perSecond + "/s" : "") + (perSecond > 0 && perMinute > 0 ? " and " : "")
                + (perMinute > 0 ? perMinute + "/min" : "");
    }
}
