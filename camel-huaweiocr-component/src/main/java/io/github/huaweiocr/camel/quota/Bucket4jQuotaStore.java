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

import java.util.Objects;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * A {@link QuotaStore} over any Bucket4j distributed backend: each key is one Bucket4j bucket in the backend, and
 * taking calls is a {@code tryConsumeAndReturnRemaining(1)} on it, which the backend applies atomically (a row lock, a
 * compare-and-swap, a script), followed, when more calls wait and the bucket has more, by one
 * {@code tryConsumeAsMuchAsPossible}. Nothing is reserved ahead: the calls taken are sent at once, and a replica that
 * dies holds no part of the quota.
 */
public class Bucket4jQuotaStore implements QuotaStore {

    private final ProxyManager<String> buckets;
    private final String description;

    /**
     * @param buckets     a Bucket4j proxy manager with string keys (e.g. from {@code Bucket4jPostgreSQL}, the Redis
     *                    or Hazelcast modules)
     * @param description what the backend is, for logs and health: never a password
     */
    public Bucket4jQuotaStore(ProxyManager<String> buckets, String description) {
        this.buckets = Objects.requireNonNull(buckets, "buckets");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public QuotaGrant take(String key, QuotaRate rate, int calls) throws Exception {
        if (!rate.isKnown()) {
            throw new IllegalArgumentException("a shared quota needs a known rate");
        }
        if (calls < 1) {
            throw new IllegalArgumentException("take at least one call, not " + calls);
        }
        BucketProxy bucket = buckets.builder()
                // a changed quota (another value deployed) replaces the stored one instead of being ignored
                .withImplicitConfigurationReplacement(rate.version(), TokensInheritanceStrategy.RESET)
                .build(key, rate::bucketConfiguration);
        ConsumptionProbe first = bucket.tryConsumeAndReturnRemaining(1);
        if (!first.isConsumed()) {
            return QuotaGrant.waitFor(first.getNanosToWaitForRefill());
        }
        long more = calls > 1 && first.getRemainingTokens() > 0
                ? bucket.tryConsumeAsMuchAsPossible(Math.min(calls - 1, first.getRemainingTokens())) : 0;
        return QuotaGrant.taken(1 + more);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "Bucket4jQuotaStore[" + description + "]";
    }
}
