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
