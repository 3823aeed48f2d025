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
 * Collects what is written into a chain of fixed-size (pooled, direct) Netty buffers and hashes the same bytes with
 * SHA-256 as they pass. The request body is thus built once, in the buffers that will be sent, and its hash (needed by
 * the signature before the headers go out) costs no second pass or copy.
 */
final class HashingChunkOutputStream extends OutputStream {

    /** 64 KiB: large enough to keep the chunk count low for a 10 MB body, small enough to recycle in the pool. */
    static final int CHUNK_SIZE = 64 * 1024;

    private final ByteBufAllocator allocator;
    private final CompositeByteBuf chunks;
    private final MessageDigest digest = AkSkSigner.newSha256();
    private ByteBuf current;
    private boolean finished;

    HashingChunkOutputStream(ByteBufAllocator allocator) {
        this.allocator = allocator;
        this.chunks = allocator.compositeBuffer(Integer.MAX_VALUE);
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
            current = allocator.buffer(CHUNK_SIZE, CHUNK_SIZE);
        }
    }

    private void flushChunk() {
        if (current != null) {
            chunks.addComponent(true, current);
            current = null;
        }
    }

    /** Ends writing: the body (ownership passes to the caller) and the hex SHA-256 of its bytes. */
    RequestBody finish() {
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        finished = true;
        flushChunk();
        return new RequestBody(chunks, HexFormat.of().formatHex(digest.digest()));
    }

    /** Frees the buffers when writing failed half-way. */
    void discard() {
        if (!finished) {
            finished = true;
            if (current != null) {
                current.release();
                current = null;
            }
            chunks.release();
        }
    }
}
