package io.github.huaweiocr.benchmarks.peers;

/** A way of calling general-text OCR that the benchmarks compare: the component, the SDK, the raw limit. */
public interface Peer extends AutoCloseable {

    /** Short name for tables and JSON keys. */
    String name();

    /**
     * Prepares to keep up to {@code concurrency} calls in flight (thread pool, dispatcher or connection pool sized for
     * it). The session is closed after the run.
     */
    Session open(int concurrency);

    /** Releases what the peer holds across sessions. */
    @Override
    void close();
}
