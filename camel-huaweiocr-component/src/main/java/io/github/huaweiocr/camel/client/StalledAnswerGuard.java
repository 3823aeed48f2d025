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

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.util.concurrent.ScheduledFuture;
import reactor.netty.Connection;
import reactor.netty.NettyPipeline;

/**
 * Times each answer on a connection, and tells "the server is still thinking" from "the answer stopped flowing".
 * Once a request is sent, its answer must start within {@code requestTimeout} (Huawei may take long to recognise a
 * page); once the status line and headers have arrived, the body of a JSON answer flows at network speed, so a silence
 * of {@code responseIdleTimeout} means the connection is broken, and the attempt fails with a retryable
 * {@link StalledAnswerException} instead of waiting out the whole request timeout (without an idle timeout, the request
 * timeout bounds those silences too). A request timeout fails the attempt with Netty's {@link ReadTimeoutException},
 * as reactor-netty's response timeout would.
 *
 * <p>One handler stays on a connection for its life (put there by its first request, after the HTTP codec), and keeps
 * at most one check scheduled on the connection's event loop: a new request's deadline is later than the pending
 * check's, which finds it when it runs and schedules itself again, so a request in the steady state costs a few field
 * writes and no timer. An answer complete in the read that brought its headers (the usual case) schedules nothing;
 * only an answer still coming when that read is handled brings the check forward to its idle deadline. (Reactor-netty's
 * response timeout adds and removes a handler and a timer for every request, which cost more than the rest of a
 * call's own work on the event loop.)
 */
final class StalledAnswerGuard extends ChannelDuplexHandler implements Runnable, ChannelFutureListener {

    /** The handler's name in the pipeline. */
    static final String NAME = "huaweiocr.answerTimeouts";

    private static final int IDLE = 0;
    private static final int SENDING = 1;
    private static final int AWAITING = 2;
    private static final int READING = 3;

    private ChannelHandlerContext context;
    private int state = IDLE;
    /** 0: no request timeout. */
    private long requestTimeoutNanos;
    /** Null: no idle timeout, the request timeout bounds silences in the body. */
    private Duration idle;
    /** When the current wait ends: the answer's start, or the next byte of its body. */
    private long deadline;
    private ScheduledFuture<?> check;
    private long checkAt;

    private StalledAnswerGuard() {
    }

    /**
     * Times the answer of the request about to be sent on {@code connection}; called on its event loop.
     *
     * @param idle the silence tolerated once the answer has started; zero or null for none
     */
    static void expect(Connection connection, Duration requestTimeout, Duration idle) {
        ChannelPipeline pipeline = connection.channel().pipeline();
        StalledAnswerGuard guard = (StalledAnswerGuard) pipeline.get(NAME);
        if (guard == null) {
            guard = new StalledAnswerGuard();
            if (pipeline.get(NettyPipeline.HttpCodec) != null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, NAME, guard);
            } else {
                pipeline.addBefore(NettyPipeline.ReactiveBridge, NAME, guard);
            }
        }
        guard.requestTimeoutNanos = requestTimeout == null ? 0 : requestTimeout.toNanos();
        guard.idle = idle != null && !idle.isZero() && !idle.isNegative() ? idle : null;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        context = ctx;
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        state = IDLE;
        cancelCheck();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpRequest) {
            state = SENDING;
        }
        if (msg instanceof LastHttpContent && state == SENDING) {
            if (promise.isVoid()) {
                requestSent();
            } else {
                promise.addListener(this);
            }
        }
        ctx.write(msg, promise);
    }

    /** The request is written: its answer must start within the request timeout. */
    @Override
    public void operationComplete(ChannelFuture written) {
        if (written.isSuccess()) {
            requestSent();
        }
    }

    private void requestSent() {
        // An answer that came before the request was fully sent (an early 413) is already being read.
        if (state == SENDING) {
            state = AWAITING;
            if (requestTimeoutNanos > 0) {
                deadline = System.nanoTime() + requestTimeoutNanos;
                checkBy(deadline);
            }
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpResponse) {
            state = READING;
        }
        if (state == READING) {
            if (msg instanceof LastHttpContent) {
                state = IDLE;
            } else {
                deadline = System.nanoTime() + bodySilenceNanos();
            }
        }
        ctx.fireChannelRead(msg);
    }

    /** The longest silence in an answer's body: the idle timeout, else the request timeout; 0 for none. */
    private long bodySilenceNanos() {
        return idle != null ? idle.toNanos() : requestTimeoutNanos;
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
        if (state == READING && bodySilenceNanos() > 0) {
            // The answer goes on beyond this read: watch its next byte.
            checkBy(deadline);
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        state = IDLE;
        cancelCheck();
        ctx.fireChannelInactive();
    }

    /** Makes sure a check runs by {@code time}, keeping the pending one when it runs earlier. */
    private void checkBy(long time) {
        if (check != null && checkAt - time <= 0) {
            return;
        }
        cancelCheck();
        schedule(time);
    }

    private void schedule(long time) {
        checkAt = time;
        check = context.executor().schedule(this, Math.max(0, time - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private void cancelCheck() {
        if (check != null) {
            check.cancel(false);
            check = null;
        }
    }

    /** The scheduled check: fails a wait that is over, or schedules itself for the current one. */
    @Override
    public void run() {
        check = null;
        boolean timed = state == AWAITING ? requestTimeoutNanos > 0 : state == READING && bodySilenceNanos() > 0;
        if (!timed) {
            return;
        }
        if (System.nanoTime() - deadline < 0) {
            schedule(deadline);
            return;
        }
        boolean stalled = state == READING && idle != null;
        state = IDLE;
        context.fireExceptionCaught(stalled ? new StalledAnswerException(idle) : ReadTimeoutException.INSTANCE);
        context.close();
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
}
