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
 * Where the replicas of an application keep the pacing state of their shared Huawei quota, so that all of them
 * together send no faster than the account's quota. One implementation over Bucket4j's distributed buckets is
 * {@link Bucket4jQuotaStore} (PostgreSQL through {@link PostgresQuotaStore}, or any Bucket4j {@code ProxyManager}:
 * Redis, Hazelcast, Infinispan...).
 *
 * <p>Calls are made from the component's own quota threads, never from an event loop, one at a time per operation
 * and node, so an implementation may block on I/O. When a call fails or does not answer in time the node paces on
 * its own and asks the store again a few seconds later.
 */
public interface QuotaStore {

    /**
     * Takes up to {@code calls} calls from the shared quota named {@code key}, creating it with {@code rate} when it
     * does not exist (and reconfiguring it when it was stored with another rate). Taking every waiting call the quota
     * has room for in one visit keeps a store that is milliseconds away from slowing the node below the quota; the
     * calls taken are sent at once, so nothing is held for later.
     *
     * @param calls the calls waiting on this node, at least one
     * @return the calls taken (at least one), or, when the quota has none now, how long to wait before asking again
     * @throws Exception when the store cannot be reached or fails
     */
    QuotaGrant take(String key, QuotaRate rate, int calls) throws Exception;

    /** Says what the store is, for logs and health checks: never a password. */
    String description();
}
