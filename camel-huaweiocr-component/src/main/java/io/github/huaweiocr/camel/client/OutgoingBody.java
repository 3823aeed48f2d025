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
package io.github.huaweiocr.camel.client;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.netty.buffer.ByteBuf;

/**
 * One call's request body across its attempts, held only until it is written to a connection.
 *
 * <p>The body is written once when the call starts: that checks the input and gives the SHA-256 the signature needs,
 * before anything is paced or paid. The first write to a connection takes that body, and Netty frees it once sent.
 * A later write (a retry, or reactor-netty sending the request again on a fresh connection) writes the body again from
 * the document, which the call holds anyway. So a call waiting for its answer holds no body: with many calls in
 * flight only the bodies being sent are in memory, and the pool can give the next body the memory just freed, still
 * in the CPU's cache when the kernel copies it to the socket (docs/performance.md measures what that is worth).
 */
final class OutgoingBody {

    private final Supplier<RequestBody> writer;
    private final String sha256Hex;
    private final int length;
    private final AtomicReference<RequestBody> ready;

    /** @param writer writes the body; called now, and again for each write after the first */
    OutgoingBody(Supplier<RequestBody> writer) {
        this.writer = writer;
        RequestBody first = writer.get();
        this.sha256Hex = first.sha256Hex();
        this.length = first.length();
        this.ready = new AtomicReference<>(first);
    }

    String sha256Hex() {
        return sha256Hex;
    }

    int length() {
        return length;
    }

    /**
     * Writes the body again unless one is ready: called before an attempt is signed, so that a retry encodes on the
     * thread that starts it (usually the retry timer's) rather than on the event loop that sends it.
     */
    void prepare() {
        if (ready.get() == null) {
            RequestBody again = written();
            if (!ready.compareAndSet(null, again)) {
                again.release();
            }
        }
    }

    /** The body for one write to a connection; the caller owns it (Netty frees it once written). */
    ByteBuf take() {
        RequestBody body = ready.getAndSet(null);
        return (body != null ? body : written()).content();
    }

    /** Frees the body if no write took it. */
    void release() {
        RequestBody body = ready.getAndSet(null);
        if (body != null) {
            body.release();
        }
    }

    private RequestBody written() {
        RequestBody body = writer.get();
        if (body.length() != length || !body.sha256Hex().equals(sha256Hex)) {
            body.release();
            throw new IllegalStateException("The request body written again differs from the one signed ("
                    + body.length() + " bytes against " + length + "): the document or its parameters changed during"
                    + " the call");
        }
        return body;
    }

    @Override
    public String toString() {
        return "OutgoingBody[" + length + " bytes]";
    }
}
