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
package io.github.huaweiocr.camel.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * An OCR server on a raw socket whose answers are scripted per request: complete, stopped mid-body with the connection
 * held open (neither the rest nor a close, as a broken network path looks to the client), delayed before the first
 * byte, trickled a few bytes at a time, or cut short by the server's close. One connection per request ({@code Connection: close} on every complete
 * answer), each served on its own thread, so a held connection does not block the next request.
 */
public final class StallingServer implements AutoCloseable {

    /** The complete answer body: a general-text result. */
    public static final String COMPLETE = "{\"result\":{\"words_block_count\":0,\"words_block_list\":[]}}";

    /** What the server does with one request. */
    public enum Answer {
        /** The whole answer at once. */
        COMPLETE,
        /** Status, headers and half the body, then silence on an open connection until the server closes. */
        STOP_MID_BODY,
        /** Nothing for {@link #thinkMillis}, then the whole answer. */
        THINK_THEN_COMPLETE,
        /** The whole answer, 8 bytes at a time, {@link #trickleMillis} apart. */
        TRICKLE,
        /** Status, headers and the first 10 bytes of the body, then the server's close: an answer cut short. */
        CUT_SHORT
    }

    private final ServerSocket server;
    private final IntFunction<Answer> script;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger heldOpen = new AtomicInteger();
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private volatile long thinkMillis = 1_000;
    private volatile long trickleMillis = 100;

    /** Starts serving on an ephemeral loopback port; {@code script} maps the 1-based request number to its answer. */
    public StallingServer(IntFunction<Answer> script) throws IOException {
        this.script = script;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "stalling-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public StallingServer thinkMillis(long millis) {
        this.thinkMillis = millis;
        return this;
    }

    public StallingServer trickleMillis(long millis) {
        this.trickleMillis = millis;
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Requests received so far. */
    public int requests() {
        return requests.get();
    }

    /** Connections stopped mid-body that the client has not closed yet. */
    public int heldOpen() {
        return heldOpen.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread worker = new Thread(() -> serve(socket), "stalling-server-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                // closed: stop accepting
            }
        }
    }

    private void serve(Socket socket) {
        try {
            readRequest(socket.getInputStream());
            int n = requests.incrementAndGet();
            Answer answer = script.apply(n);
            byte[] body = COMPLETE.getBytes(StandardCharsets.UTF_8);
            String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\nX-Request-Id: r" + n
                    + "\r\nContent-Length: " + body.length + "\r\n"
                    + (answer == Answer.STOP_MID_BODY ? "" : "Connection: close\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            if (answer == Answer.THINK_THEN_COMPLETE) {
                Thread.sleep(thinkMillis);
            }
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            switch (answer) {
                case STOP_MID_BODY -> {
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    held.add(socket);
                    heldOpen.incrementAndGet();
                    // Hold the connection open: the client must give up on its own. Reading returns when the client
                    // closes it; the server's close ends it otherwise.
                    try {
                        while (socket.getInputStream().read() >= 0) {
                            // discard
                        }
                    } finally {
                        heldOpen.decrementAndGet();
                    }
                    return;
                }
                case TRICKLE -> {
                    for (int i = 0; i < body.length; i += 8) {
                        out.write(body, i, Math.min(8, body.length - i));
                        out.flush();
                        Thread.sleep(trickleMillis);
                    }
                }
                case CUT_SHORT -> out.write(body, 0, 10);
                default -> out.write(body);
            }
            out.flush();
        } catch (IOException e) {
            // the client went away, or the server is closing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!held.contains(socket)) {
                closeQuietly(socket);
            }
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        in.readNBytes(length);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        held.forEach(StallingServer::closeQuietly);
    }
}
