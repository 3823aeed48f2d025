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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.auth.AccessKeyGuard;
import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.auth.CredentialsProvider;
import io.github.huaweiocr.camel.error.HuaweiOcrTransportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A server that cuts its answer short, on a raw socket so the cut is exact: the first answer announces 100 bytes,
 * sends 10 and closes. The client must see a premature close (not wait for a timeout) and retry.
 */
class TruncatedResponseTest {

    private static final String COMPLETE = "{\"result\":{\"words_block_count\":0,\"words_block_list\":[]}}";

    private ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int truncateFirst;
    private final RecordingRetryListener listener = new RecordingRetryListener();
    private OcrTransport transport;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::serve, "truncating-server");
        acceptor.setDaemon(true);
        acceptor.start();
        transport = OcrTransport.create(4, Clock.systemUTC(), new AccessKeyGuard(), listener);
    }

    @AfterEach
    void stop() throws IOException {
        transport.close();
        server.close();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                readRequest(socket.getInputStream());
                int n = requests.incrementAndGet();
                byte[] body = COMPLETE.getBytes(StandardCharsets.UTF_8);
                boolean truncate = n <= truncateFirst;
                String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\nX-Request-Id: r" + n
                        + "\r\nContent-Length: " + (truncate ? 100 : body.length) + "\r\nConnection: close\r\n\r\n";
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(body, 0, truncate ? 10 : body.length);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // server closed, or the client went away: next connection
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

    private OcrClientSettings.Builder settings() {
        OcrClientSettings.Builder s = TestSettings.defaults();
        s.endpoint(URI.create("http://127.0.0.1:" + server.getLocalPort()));
        s.projectId("0123456789abcdef0123456789abcdef");
        s.credentials(CredentialsProvider.of(new Credentials("AK", "SK")));
        s.requestTimeout(Duration.ofMinutes(2));
        return s;
    }

    @Test
    void answerCutShortIsSeenAsAPrematureCloseAndRetried() {
        truncateFirst = 1;

        OcrResponse response = transport.newClient(settings().build()).recognize(TestSettings.generalText())
                .block(Duration.ofSeconds(60));

        assertThat(response.attempts()).isEqualTo(2);
        assertThat(response.requestId()).isEqualTo("r2");
        assertThat(requests.get()).isEqualTo(2);
        assertThat(listener.retries).singleElement().satisfies(r -> assertThat(r.cause())
                .isInstanceOf(HuaweiOcrTransportException.class).hasMessageContaining("closed before the response"));
    }

    @Test
    void answersCutShortEveryTimeFailAfterTheRetries() {
        truncateFirst = Integer.MAX_VALUE;
        OcrClientSettings.Builder settings = settings();
        settings.maxRetries(2);

        assertThatThrownBy(() -> transport.newClient(settings.build()).recognize(TestSettings.generalText())
                .block(Duration.ofSeconds(60))).isInstanceOfSatisfying(HuaweiOcrTransportException.class, e -> {
                    assertThat(e.getAttempts()).isEqualTo(3);
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getMessage()).contains("closed before the response was complete (3 attempts)");
                });
        assertThat(requests.get()).isEqualTo(3);
    }
}
