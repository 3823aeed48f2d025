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
package io.github.huaweiocr.examples.httpgateway;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;

/**
 * Refuses a request whose declared length is over {@code gateway.max-upload-bytes} before its body is read, with a
 * 413 answer in the gateway's JSON error shape. It sits in the netty-http pipeline right after the request decoder,
 * ahead of the aggregator, whose own limit stays as the backstop for bodies sent without a length (the aggregator
 * answers those with a bare 413).
 */
@ChannelHandler.Sharable
public final class UploadLimit extends ChannelInboundHandlerAdapter {

    /** The {@code error} code of the answer. */
    public static final String ERROR_CODE = "UPLOAD_TOO_LARGE";

    /** Set on a connection whose request was refused, until the rest of its body has gone by. */
    private static final AttributeKey<Boolean> DISCARDING = AttributeKey.valueOf(UploadLimit.class, "discarding");

    private final long maxBytes;

    public UploadLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request && HttpUtil.getContentLength(request, -1L) > maxBytes) {
            long declared = HttpUtil.getContentLength(request, -1L);
            boolean bodyWithheld = HttpUtil.is100ContinueExpected(request);
            ReferenceCountUtil.release(msg);
            refuse(ctx, declared, bodyWithheld);
            return;
        }
        if (msg instanceof HttpContent && Boolean.TRUE.equals(ctx.channel().attr(DISCARDING).get())) {
            // The rest of a refused upload is read and dropped, so the client is not cut off (a reset connection
            // would lose the answer) and nothing is held in memory; the connection closes after its last part.
            ReferenceCountUtil.release(msg);
            if (msg instanceof LastHttpContent) {
                ctx.channel().close();
            }
            return;
        }
        ctx.fireChannelRead(msg);
    }

    private void refuse(ChannelHandlerContext ctx, long declared, boolean bodyWithheld) {
        String message = "The upload is " + declared + " bytes; this gateway accepts at most " + maxBytes
                + " bytes (gateway.max-upload-bytes). Huawei Cloud OCR takes images up to about 7 MB.";
        byte[] body = ErrorResponse.json(413, ERROR_CODE, message).getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        // Written from the channel, not from this context: the response encoder sits after this handler.
        if (bodyWithheld) {
            // The client waits for "100 Continue" before sending the body: it never comes, so close at once.
            ctx.channel().writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.channel().attr(DISCARDING).set(Boolean.TRUE);
            ctx.channel().writeAndFlush(response);
        }
    }
}
