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
package io.github.huaweiocr.benchmarks.measure;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PoolArenaMetric;
import io.netty.buffer.PoolChunkListMetric;
import io.netty.buffer.PoolChunkMetric;
import io.netty.buffer.PooledByteBufAllocator;

/**
 * Bytes of the live direct buffers of Netty's default allocator: the memory off the heap that reactor-netty clients
 * (the component, {@code raw}) hold in buffers, which a live-heap reading does not see. The SDK's OkHttp keeps its
 * buffers on the heap, where the heap reading sees them.
 */
public final class NettyDirectMemory {

    private NettyDirectMemory() {
    }

    /**
     * Bytes in live direct buffers of the default pooled allocator: an arena's active bytes count its chunks whole
     * (the memory it keeps reserved) and its huge buffers, so the chunks' free bytes are taken off.
     */
    public static long inUse() {
        if (!(ByteBufAllocator.DEFAULT instanceof PooledByteBufAllocator pooled)) {
            throw new IllegalStateException("Netty's default allocator is " + ByteBufAllocator.DEFAULT.getClass()
                    .getName() + ", not the pooled one whose arenas this reads");
        }
        long used = 0;
        for (PoolArenaMetric arena : pooled.metric().directArenas()) {
            used += arena.numActiveBytes();
            for (PoolChunkListMetric chunks : arena.chunkLists()) {
                for (PoolChunkMetric chunk : chunks) {
                    used -= chunk.freeBytes();
                }
            }
        }
        return used;
    }
}
