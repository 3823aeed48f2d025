package io.github.huaweiocr.camel.client;

import io.netty.buffer.ByteBuf;

/**
 * A JSON request body held in Netty buffers, with the SHA-256 of its bytes. Sent as a retained duplicate on each
 * attempt, so retries reuse it; released once when the call ends.
 */
record RequestBody(ByteBuf content, String sha256Hex) {

    int length() {
        return content.readableBytes();
    }

    /** A view for one attempt; Netty releases it after writing. */
    ByteBuf forAttempt() {
        return content.retainedDuplicate();
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
