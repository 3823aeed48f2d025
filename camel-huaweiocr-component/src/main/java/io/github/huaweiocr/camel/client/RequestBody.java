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

import io.netty.buffer.ByteBuf;

/** A JSON request body held in Netty buffers, with the SHA-256 of its bytes; see {@link OutgoingBody} for its lifetime. */
record RequestBody(ByteBuf content, String sha256Hex) {

    int length() {
        return content.readableBytes();
    }

    void release() {
        if (content.refCnt() > 0) {
            content.release();
        }
    }

    @Override
    public String toString() {
        return "RequestBody[" + length() + " bytes]";
    }
}
