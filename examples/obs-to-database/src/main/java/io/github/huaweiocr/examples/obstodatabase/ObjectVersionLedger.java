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
package io.github.huaweiocr.examples.obstodatabase;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The route's idempotent repository: which object versions ({@code bucket/key@etag}) are handled, across every
 * replica listing the same bucket.
 * <p>
 * A version is handled when the database holds its row, in {@code invoice} or in {@code invoice_failure}: the route's
 * last step writes that row in one statement, so the row is the only record of completion and nothing is written
 * before it. A crash at any point before that statement commits leaves no row, and the version is recognised again
 * (one more paid call, and still one row: both tables are unique by version). A crash after it leaves a row, and the
 * version is skipped.
 * <p>
 * While a version is being recognised it is held twice: in memory, because the bucket consumer lists the bucket again
 * on every poll and does not wait for the exchanges it started (without this set, a version still in flight would be
 * sent again on each poll); and as a {@link VersionClaims claim} in the shared database, so that the other replicas,
 * which list the same bucket, skip it too. The claim lives as long as this replica's heartbeat: a replica killed
 * mid-call leaves claims that expire after the claim timeout, and the version is then recognised by whichever replica
 * lists it next. A version leaves both when its exchange completes, once its row is written. A version whose exchange
 * failed without writing even a failure row stays held, so that it is not billed on every poll, until this replica
 * stops.
 * <p>
 * A replica holds at most {@code maxInFlight} versions in hand ({@code example.obs.max-in-flight}): past that,
 * {@link #add} refuses a version before looking it up or claiming it, as it refuses one in flight, and the idempotent
 * consumer skips it. The bucket consumer starts an exchange for every listed version and does not wait for them, and
 * the recognition waits for the account's quota: without the bound a replica would claim the whole listing at once,
 * and a replica killed then would leave all of it to wait for the claim timeout while the other replicas, which could
 * have taken it, skip it. A version skipped this way has no claim and is listed again at the next poll, by this
 * replica and the others, and taken by whichever has room first. A version that failed without a row keeps its claim
 * until the replica stops, but not its place: it is set aside, still skipped, so that failures while the database is
 * away cannot fill the bound and leave the replica taking nothing once it is back.
 * <p>
 * Camel's idempotent consumer calls {@link #confirm} when an exchange completes and {@link #remove} when it failed,
 * even when the route handled the failure by writing its {@code invoice_failure} row; the route therefore sets
 * {@code removeOnFailure(true)}, and {@link #remove} lets a version go only when its row is there.
 */
public class ObjectVersionLedger extends ServiceSupport implements IdempotentRepository {

    /** Rows of the version in either table: one round trip, portable between H2 and PostgreSQL. */
    private static final String RECORDED = "select (select count(*) from invoice where bucket = ? and object_key = ?"
            + " and etag = ?) + (select count(*) from invoice_failure where bucket = ? and object_key = ? and etag = ?)";

    private final JdbcTemplate jdbc;
    private final VersionClaims claims;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /** Versions that failed without any row: skipped until this replica stops, outside the bound. */
    private final Set<String> setAside = ConcurrentHashMap.newKeySet();
    private final int maxInFlight;

    /** @param maxInFlight the versions this replica holds in hand at most, so the claims it holds at most */
    public ObjectVersionLedger(JdbcTemplate jdbc, VersionClaims claims, int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("the versions in hand at most (example.obs.max-in-flight) must be at"
                    + " least 1, was " + maxInFlight);
        }
        this.jdbc = jdbc;
        this.claims = claims;
        this.maxInFlight = maxInFlight;
    }

    /** The key of a version, as the route builds it from camel-minio's headers. */
    public static String key(String bucket, String objectKey, String etag) {
        return bucket + "/" + objectKey + "@" + etag;
    }

    /**
     * Takes the version in hand, unless it is in flight here already, this replica holds {@code maxInFlight} versions
     * already, it has its row, or it is claimed by another replica. The row is looked up again once the claim is
     * taken: the replica that held the claim before may have written the row and let the claim go in between.
     */
    @Override
    public boolean add(String key) {
        if (!takeInHand(key)) {
            return false;
        }
        boolean taken = false;
        try {
            taken = !recorded(key) && claims.claim(key);
            if (taken && recorded(key)) {
                claims.release(key);
                taken = false;
            }
            return taken;
        } finally {
            if (!taken) {
                inFlight.remove(key);
            }
        }
    }

    /**
     * Puts the version in hand when it is not there and there is room. Only the additions are serialised: a version
     * leaving the hand meanwhile can only make room, so the bound holds without holding up the completions.
     */
    private synchronized boolean takeInHand(String key) {
        return !setAside.contains(key) && inFlight.size() < maxInFlight && inFlight.add(key);
    }

    @Override
    public boolean contains(String key) {
        return inFlight.contains(key) || setAside.contains(key) || recorded(key) || claims.claimed(key);
    }

    /**
     * Called for a failed exchange (with {@code removeOnFailure}), including one whose failure the route handled by
     * writing an {@code invoice_failure} row: the version is let go once it has its row. One that failed without any
     * row (its row could not be looked up either, when the database is away) keeps its claim and is set aside until a
     * restart, so that it is not billed again on every poll; it no longer counts against the bound.
     */
    @Override
    public boolean remove(String key) {
        boolean rowWritten = false;
        try {
            rowWritten = recorded(key);
        } finally {
            if (!rowWritten) {
                setAside.add(key);
                inFlight.remove(key);
            }
        }
        if (!rowWritten) {
            return false;
        }
        claims.release(key);
        return inFlight.remove(key);
    }

    /** The exchange completed and its row is written: the database answers for the version from now on. */
    @Override
    public boolean confirm(String key) {
        claims.release(key);
        inFlight.remove(key);
        return true;
    }

    @Override
    public void clear() {
        inFlight.clear();
        setAside.clear();
    }

    /** Versions taken in hand and not yet completed. */
    public int inFlight() {
        return inFlight.size();
    }

    private boolean recorded(String key) {
        Version v = Version.parse(key);
        Long rows = jdbc.queryForObject(RECORDED, Long.class, v.bucket(), v.objectKey(), v.etag(), v.bucket(),
                v.objectKey(), v.etag());
        return rows != null && rows > 0;
    }

    @Override
    protected void doStart() {
        ServiceHelper.startService(claims);
    }

    @Override
    protected void doStop() {
        ServiceHelper.stopService(claims);
        inFlight.clear();
        setAside.clear();
    }

    @Override
    protected void doShutdown() {
        ServiceHelper.stopAndShutdownService(claims);
    }

    /** A key split back into its parts: bucket names hold no '/', ETags no '@'. */
    record Version(String bucket, String objectKey, String etag) {

        static Version parse(String key) {
            int slash = key.indexOf('/');
            int at = key.lastIndexOf('@');
            if (slash <= 0 || at < slash) {
                throw new IllegalArgumentException("not a bucket/key@etag key: " + key);
            }
            return new Version(key.substring(0, slash), key.substring(slash + 1, at), key.substring(at + 1));
        }
    }
}
