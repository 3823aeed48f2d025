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
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrTransportException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.proxy.ProxyConnectException;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Names what went wrong below HTTP and whether sending again may help. Resets, premature closes (a truncated answer),
 * answers that stop flowing, timeouts and refused connections are retryable; certificate problems and proxy authentication are not.
 */
final class TransportFailures {

    private TransportFailures() {
    }

    static HuaweiOcrException map(HuaweiOcrOperation operation, Throwable error, int attempts, String host,
                                  Duration requestTimeout) {
        if (error instanceof HuaweiOcrException known) {
            return known;
        }
        // A refused proxy CONNECT also breaks the TLS handshake behind it: name the proxy first.
        ProxyConnectException proxy = find(error, ProxyConnectException.class);
        if (proxy != null) {
            boolean auth = String.valueOf(proxy.getMessage()).contains("407");
            return new HuaweiOcrTransportException(operation, "the proxy refused the connection to " + host + " ("
                    + proxy.getMessage() + ")" + (auth ? ": check proxyUser and proxyPassword" : ""), attempts,
                    !auth, error);
        }
        Throwable ssl = find(error, SSLException.class);
        if (ssl != null) {
            return new HuaweiOcrTransportException(operation, "TLS with " + host + " failed (" + ssl.getMessage()
                    + "). If the server's certificate is not signed by a trusted authority, configure a"
                    + " trustManagerFactory that trusts it; ignoreSslVerification is for tests only", attempts,
                    false, error);
        }
        if (find(error, PrematureCloseException.class) != null) {
            return new HuaweiOcrTransportException(operation, "the connection to " + host
                    + " closed before the response was complete", attempts, true, error);
        }
        StalledAnswerGuard.StalledAnswerException stalled = find(error, StalledAnswerGuard.StalledAnswerException.class);
        if (stalled != null) {
            return new HuaweiOcrTransportException(operation, "the answer from " + host + " stopped: no byte for "
                    + stalled.idle().toMillis() + " ms after it started (responseIdleTimeout), the connection is"
                    + " taken as broken", attempts, true, error);
        }
        if (find(error, ReadTimeoutException.class) != null || find(error, TimeoutException.class) != null) {
            return new HuaweiOcrTransportException(operation, "no response from " + host + " within the request"
                    + " timeout of " + requestTimeout.toMillis() + " ms", attempts, true, error);
        }
        if (find(error, ConnectTimeoutException.class) != null || find(error, ConnectException.class) != null) {
            return new HuaweiOcrTransportException(operation, "cannot connect to " + host + " (" + error.getMessage()
                    + ")", attempts, true, error);
        }
        if (find(error, IOException.class) != null) {
            return new HuaweiOcrTransportException(operation, "the connection to " + host + " failed ("
                    + error.getMessage() + ")", attempts, true, error);
        }
        return new HuaweiOcrTransportException(operation, "sending to " + host + " failed (" + error + ")", attempts,
                false, error);
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
