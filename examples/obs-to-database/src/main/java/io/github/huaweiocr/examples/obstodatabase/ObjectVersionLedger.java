package io.github.huaweiocr.examples.obstodatabase;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The route's idempotent repository: which object versions ({@code bucket/key@etag}) are handled.
 * <p>
 * A version is handled when the database holds its row, in {@code invoice} or in {@code invoice_failure}: the route's
 * last step writes that row in one statement, so the row is the only record of completion and nothing is written
 * before it. A crash at any point before that statement commits leaves no trace, and the version is recognised again
 * after the restart (one more paid call, and still one row: both tables are unique by version). A crash after it
 * leaves a row, and the version is skipped.
 * <p>
 * While a version is being recognised it is also held in memory, because the bucket consumer lists the bucket again
 * on every poll and does not wait for the exchanges it started: without this set, a version still in flight would be
 * sent again on each poll. It leaves the set when its exchange completes, once its row is written. A version whose
 * exchange failed without writing even a failure row stays in the set, so it is not billed on every poll, and is tried
 * again after a restart.
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
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public ObjectVersionLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key of a version, as the route builds it from camel-minio's headers. */
    public static String key(String bucket, String objectKey, String etag) {
        return bucket + "/" + objectKey + "@" + etag;
    }

    /** Takes the version in hand, unless it is in flight already or has its row. */
    @Override
    public boolean add(String key) {
        if (!inFlight.add(key)) {
            return false;
        }
        if (recorded(key)) {
            inFlight.remove(key);
            return false;
        }
        return true;
    }

    @Override
    public boolean contains(String key) {
        return inFlight.contains(key) || recorded(key);
    }

    /**
     * Called for a failed exchange (with {@code removeOnFailure}), including one whose failure the route handled by
     * writing an {@code invoice_failure} row: the version is let go once it has its row. One that failed without any
     * row stays in hand until a restart, so that it is not billed again on every poll.
     */
    @Override
    public boolean remove(String key) {
        return recorded(key) && inFlight.remove(key);
    }

    /** The exchange completed and its row is written: the database answers for the version from now on. */
    @Override
    public boolean confirm(String key) {
        inFlight.remove(key);
        return true;
    }

    @Override
    public void clear() {
        inFlight.clear();
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
    protected void doStop() {
        inFlight.clear();
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
