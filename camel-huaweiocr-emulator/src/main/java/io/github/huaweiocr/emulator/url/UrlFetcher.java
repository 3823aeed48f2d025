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
package io.github.huaweiocr.emulator.url;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.errors.ErrorCode;
import io.github.huaweiocr.emulator.errors.OcrApiException;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Reads the document behind a {@code url} input. Plain http(s) URLs are downloaded from loopback or explicitly allowed
 * hosts only (ModelArts.4603 on any failure); OBS URLs ({@code bucket.obs.region.host/key}, or URLs on the configured
 * OBS endpoint itself, such as presigned ones) are read through the configured S3-compatible endpoint
 * (ModelArts.4704 on any failure). Each download has a time limit and a size cap.
 */
public final class UrlFetcher implements AutoCloseable {

    private final EmulatorConfig config;
    private final Clock clock;
    private final ConnectionProvider connections;
    private final HttpClient client;
    private final S3RequestSigner obsSigner;

    public UrlFetcher(EmulatorConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.connections = ConnectionProvider.create("huaweiocr-emulator-url", 16);
        this.client = HttpClient.create(connections).followRedirect(false).responseTimeout(config.urlTimeout());
        this.obsSigner = config.obsAccessKey() != null && config.obsSecretKey() != null
                ? new S3RequestSigner(config.obsAccessKey(), config.obsSecretKey()) : null;
    }

    /** The bytes behind {@code url}, or an {@link OcrApiException} with ModelArts.4603 or ModelArts.4704. */
    public Mono<byte[]> fetch(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Mono.error(ErrorCode.MODELARTS_4603.error());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Mono.error(ErrorCode.MODELARTS_4603.error());
        }
        URI obs = config.obsEndpoint();
        if (obs != null && sameAuthority(uri, obs)) {
            return download(uri.toString(), Map.of(), ErrorCode.MODELARTS_4704);
        }
        if (isObsHost(uri.getHost())) {
            return obs == null ? Mono.error(ErrorCode.MODELARTS_4704.error()) : readObsObject(uri, obs);
        }
        if (!config.allowedUrlHosts().contains(uri.getHost()) && !isLoopback(uri.getHost())) {
            return Mono.error(ErrorCode.MODELARTS_4603.error());
        }
        return download(uri.toString(), Map.of(), ErrorCode.MODELARTS_4603);
    }

    /** {@code bucket.obs.region.example.com/key} becomes a path-style GET of {@code /bucket/key} on the endpoint. */
    private Mono<byte[]> readObsObject(URI uri, URI endpoint) {
        String bucket = uri.getHost().substring(0, uri.getHost().indexOf('.'));
        String encodedKey = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String path = "/" + bucket + encodedKey;
        String base = endpoint.toString().replaceAll("/+$", "");
        String hostHeader = endpoint.getPort() == -1 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
        Map<String, String> headers = obsSigner == null ? Map.of() : obsSigner.headers(hostHeader, path, clock.instant());
        return download(base + path, headers, ErrorCode.MODELARTS_4704);
    }

    private Mono<byte[]> download(String url, Map<String, String> headers, ErrorCode failure) {
        long cap = config.urlMaxBytes();
        return client.headers(h -> headers.forEach(h::set))
                .get()
                .uri(url)
                .response((response, content) -> {
                    if (response.status().code() != 200) {
                        return Mono.<byte[]>error(failure.error());
                    }
                    String length = response.responseHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
                    if (length != null && Long.parseLong(length.trim()) > cap) {
                        return Mono.<byte[]>error(failure.error());
                    }
                    // counted while receiving, so an endless or oversized chunked body is cut off early
                    return content.asByteArray()
                            .reduceWith(ByteArrayOutputStream::new, (out, chunk) -> {
                                if (out.size() + (long) chunk.length > cap) {
                                    throw failure.error();
                                }
                                out.writeBytes(chunk);
                                return out;
                            })
                            .map(ByteArrayOutputStream::toByteArray)
                            .defaultIfEmpty(new byte[0]);
                })
                .next()
                .timeout(config.urlTimeout())
                .onErrorMap(e -> !(e instanceof OcrApiException), e -> failure.error());
    }

    private static boolean sameAuthority(URI a, URI b) {
        return a.getHost().equalsIgnoreCase(b.getHost()) && effectivePort(a) == effectivePort(b);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isObsHost(String host) {
        return host.toLowerCase(Locale.ROOT).contains(".obs.") && host.indexOf('.') > 0;
    }

    private static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void close() {
        connections.disposeLater().block();
    }
}
