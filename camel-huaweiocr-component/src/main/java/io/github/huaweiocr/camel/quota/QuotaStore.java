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
     * Takes one call from the shared quota named {@code key}, creating it with {@code rate} when it does not exist
     * (and reconfiguring it when it was stored with another rate).
     *
     * @return 0 when the call may be sent now, otherwise how many nanoseconds to wait before asking again
     * @throws Exception when the store cannot be reached or fails
     */
    long tryTake(String key, QuotaRate rate) throws Exception;

    /** Says what the store is, for logs and health checks: never a password. */
    String description();
}
