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

import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.github.huaweiocr.camel.auth.AkSkSigner;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;

/**
 * Collects what is written into pooled, direct Netty buffers and hashes the same bytes with SHA-256 as they pass. The
 * request body is thus built once, in the buffers that will be sent, and its hash (needed by the signature before the
 * headers go out) costs no second pass or copy. A body whose size is known beforehand and at most
 * {@link #SINGLE_BUFFER_MAX} bytes goes into one buffer of that size: one allocation, no composite, one buffer to
 * write to the socket. A larger or unknown body goes into a chain of fixed-size chunks.
 */
final class HashingChunkOutputStream extends OutputStream {

    /** 64 KiB: large enough to keep the chunk count low for a 10 MB body, small enough to recycle in the pool. */
    static final int CHUNK_SIZE = 64 * 1024;
    /**
     * The largest body written into a single buffer: well under the pool's chunk (4 MiB by default), beyond which
     * Netty allocates outside the pool.
     */
    static final int SINGLE_BUFFER_MAX = 1024 * 1024;

    private final ByteBufAllocator allocator;
    private final MessageDigest digest = AkSkSigner.newSha256();
    private int nextCapacity;
    /** The only filled buffer so far, until a second one makes {@link #chunks} necessary. */
    private ByteBuf first;
    private CompositeByteBuf chunks;
    private ByteBuf current;
    private boolean finished;

    /**
     * @param expectedLength the body's size when known (a little more is fine), or 0: up to
     *                       {@link #SINGLE_BUFFER_MAX}, the first buffer has that capacity
     */
    HashingChunkOutputStream(ByteBufAllocator allocator, int expectedLength) {
        this.allocator = allocator;
        this.nextCapacity = expectedLength > 0 && expectedLength <= SINGLE_BUFFER_MAX ? expectedLength : CHUNK_SIZE;
    }

    @Override
    public void write(int b) {
        ensureRoom();
        current.writeByte(b);
        digest.update((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        digest.update(b, off, len);
        while (len > 0) {
            ensureRoom();
            int n = Math.min(len, current.writableBytes());
            current.writeBytes(b, off, n);
            off += n;
            len -= n;
        }
    }

    private void ensureRoom() {
        if (current == null || !current.isWritable()) {
            flushChunk();
            current = allocator.buffer(nextCapacity, nextCapacity);
            nextCapacity = CHUNK_SIZE;
        }
    }

    private void flushChunk() {
        if (current == null) {
            return;
        }
        if (first == null && chunks == null) {
            first = current;
        } else {
            if (chunks == null) {
                chunks = allocator.compositeBuffer(Integer.MAX_VALUE);
                chunks.addComponent(true, first);
                first = null;
            }
            chunks.addComponent(true, current);
        }
        current = null;
    }

    /** Ends writing: the body (ownership passes to the caller) and the hex SHA-256 of its bytes. */
    RequestBody finish() {
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        finished = true;
        flushChunk();
        ByteBuf content = chunks != null ? chunks : first != null ? first : allocator.buffer(0);
        return new RequestBody(content, HexFormat.of().formatHex(digest.digest()));
    }

    /** Frees the buffers when writing failed half-way. */
    void discard() {
        if (!finished) {
            finished = true;
            for (ByteBuf held : new ByteBuf[] {current, first, chunks}) {
                if (held != null) {
                    held.release();
                }
            }
            current = null;
            first = null;
            chunks = null;
        }
    }
}
