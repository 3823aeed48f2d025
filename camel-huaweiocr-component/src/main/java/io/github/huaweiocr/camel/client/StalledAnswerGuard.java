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

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.ReadTimeoutHandler;
import reactor.netty.Connection;
import reactor.netty.NettyPipeline;

/**
 * Tells "the server is still thinking" from "the answer stopped flowing". Until the status line and headers arrive,
 * the request waits up to {@code requestTimeout} (Huawei may take long to recognise a page); once they have arrived,
 * the body of a JSON answer flows at network speed, so a silence of {@code responseIdleTimeout} means the connection
 * is broken, and the attempt fails with a retryable {@link StalledAnswerException} instead of waiting out the whole
 * request timeout. Installed once the read that brought the response headers is handled and the answer is still
 * coming, in the place of reactor-netty's response timeout handler, under its name, so reactor-netty removes it when
 * the answer is complete, as it does its own.
 */
final class StalledAnswerGuard {

    private StalledAnswerGuard() {
    }

    /**
     * Switches the connection's read timeout from the request timeout to {@code idle} for the rest of the answer. Most
     * answers are complete in the read that brought their headers, and reactor-netty then removes the response timeout
     * handler itself: so the switch waits until that read is handled (a task on the connection's event loop) and is
     * made only when the same handler is still in place, that is, when this answer is still coming. A short answer
     * thus costs no pipeline change and no second timer.
     */
    static void answerStarted(Connection connection, Duration idle) {
        ChannelPipeline pipeline = connection.channel().pipeline();
        ChannelHandler requestTimeout = pipeline.get(NettyPipeline.ResponseTimeoutHandler);
        if (requestTimeout == null) {
            // An answer that came before the request was fully sent (an early 413) has no response timeout yet.
            connection.addHandlerFirst(NettyPipeline.ResponseTimeoutHandler, new IdleAnswerHandler(idle));
            return;
        }
        connection.channel().eventLoop().execute(() -> {
            if (pipeline.get(NettyPipeline.ResponseTimeoutHandler) == requestTimeout) {
                pipeline.replace(requestTimeout, NettyPipeline.ResponseTimeoutHandler, new IdleAnswerHandler(idle));
            }
        });
    }

    /** The answer started, then nothing more arrived for the idle time: the connection is taken as broken. */
    static final class StalledAnswerException extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Duration idle;

        StalledAnswerException(Duration idle) {
            super("the answer stopped: no byte for " + idle.toMillis() + " ms after it started");
            this.idle = idle;
        }

        Duration idle() {
            return idle;
        }
    }

    private static final class IdleAnswerHandler extends ReadTimeoutHandler {

        private final Duration idle;
        private boolean fired;

        IdleAnswerHandler(Duration idle) {
            super(idle.toMillis(), TimeUnit.MILLISECONDS);
            this.idle = idle;
        }

        @Override
        protected void readTimedOut(ChannelHandlerContext ctx) {
            if (!fired) {
                fired = true;
                ctx.fireExceptionCaught(new StalledAnswerException(idle));
                ctx.close();
            }
        }
    }
}
