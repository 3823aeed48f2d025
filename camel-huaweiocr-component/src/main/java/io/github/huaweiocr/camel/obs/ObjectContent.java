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
package io.github.huaweiocr.camel.obs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The content of one download, read by one worker thread and closed by it when it is done. Cancelling makes the
 * reader's next read fail (the download's connection is never closed under a read in progress, which the HTTP client
 * does not allow), or closes the content at once when no reader has started.
 */
final class ObjectContent extends FilterInputStream {

    private enum State { WAITING, READING, CANCELLED }

    private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
    private volatile IOException transferFailure;

    ObjectContent(InputStream response) {
        super(response);
    }

    /**
     * Gives the content to {@code reader} and closes it afterwards.
     *
     * @return what the reader returns, or null when the download was cancelled before it started (nobody waits for
     *         the result)
     */
    <T> T readWith(Function<InputStream, T> reader) throws IOException {
        if (!state.compareAndSet(State.WAITING, State.READING)) {
            return null;
        }
        try (InputStream in = this) {
            return reader.apply(in);
        }
    }

    /** Stops the reader at its next read, or closes the content when no reader has started. */
    void cancel() {
        if (state.getAndSet(State.CANCELLED) == State.WAITING) {
            try {
                in.close();
            } catch (IOException e) {
                // Nothing was read and nobody waits for the content: the connection is dropped either way.
            }
        }
    }

    /**
     * The failure of the download itself (the connection lost, the store stopping mid-body) that made a read fail,
     * or null: the reader reports it as it reports any stream's failure, while it is the store's transport failure.
     */
    IOException transferFailure() {
        return transferFailure;
    }

    @Override
    public int read() throws IOException {
        checkNotCancelled();
        try {
            return super.read();
        } catch (IOException e) {
            transferFailure = e;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkNotCancelled();
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            transferFailure = e;
            throw e;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        checkNotCancelled();
        try {
            return super.skip(n);
        } catch (IOException e) {
            transferFailure = e;
            throw e;
        }
    }

    private void checkNotCancelled() throws IOException {
        if (state.get() == State.CANCELLED) {
            throw new IOException("The download was cancelled");
        }
    }
}
