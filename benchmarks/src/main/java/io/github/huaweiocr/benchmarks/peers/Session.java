package io.github.huaweiocr.benchmarks.peers;

import java.util.concurrent.CompletableFuture;

import io.github.huaweiocr.benchmarks.BenchmarkImage;

/** One peer set up for one concurrency level. */
public interface Session extends AutoCloseable {

    /**
     * Recognises the image. The future completes when the answer has been received and decoded as this peer decodes
     * it; it completes exceptionally when the call failed.
     */
    CompletableFuture<?> call(BenchmarkImage image);

    @Override
    void close();
}
