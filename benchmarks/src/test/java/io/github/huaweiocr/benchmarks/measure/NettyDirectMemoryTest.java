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

import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

import static org.assertj.core.api.Assertions.assertThat;

class NettyDirectMemoryTest {

    @Test
    void countsALiveDirectBufferOfTheDefaultAllocatorUntilItIsReleased() {
        long before = NettyDirectMemory.inUse();
        ByteBuf body = ByteBufAllocator.DEFAULT.directBuffer(140_000);
        try {
            assertThat(NettyDirectMemory.inUse() - before).isGreaterThanOrEqualTo(140_000);
        } finally {
            body.release();
        }
        assertThat(NettyDirectMemory.inUse()).isEqualTo(before);
    }
}
