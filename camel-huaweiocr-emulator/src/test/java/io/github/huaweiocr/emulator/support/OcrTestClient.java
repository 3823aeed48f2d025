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
package io.github.huaweiocr.emulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls the emulator over real HTTP with the JDK client, signing with {@link TestSigner} or using a token. */
public final class OcrTestClient {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** An answer: status, headers (case-insensitive lookup) and the body, parsed when it is JSON. */
    public record Answer(int status, java.net.http.HttpHeaders headers, byte[] body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String errorCode() {
            return json().path("error_code").asText(null);
        }

        public String errorMsg() {
            return json().path("error_msg").asText(null);
        }
    }

    public OcrTestClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static String sdkDate(Instant instant) {
        return SDK_DATE.format(instant);
    }

    /** POST to {@code path}, signed with the given keys and date, with extra headers (signed too). */
    public Answer postSigned(String path, byte[] body, String accessKey, String secretKey, Instant date,
                             Map<String, String> extraHeaders) {
        URI uri = URI.create(baseUrl + path);
        Map<String, String> signed = new LinkedHashMap<>(extraHeaders);
        signed.put("X-Sdk-Date", sdkDate(date));
        signed.put("Host", uri.getAuthority());
        String authorization = TestSigner.authorization(accessKey, secretKey, "POST", uri, signed, body);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", authorization);
        signed.forEach((k, v) -> {
            if (!k.equalsIgnoreCase("host")) {
                request.header(k, v);
            }
        });
        return send(request.build());
    }

    /** GET signed with the given keys (for IAM calls). */
    public Answer getSigned(String pathAndQuery, String accessKey, String secretKey) {
        URI uri = URI.create(baseUrl + pathAndQuery);
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("X-Sdk-Date", sdkDate(Instant.now()));
        signed.put("Host", uri.getAuthority());
        String authorization = TestSigner.authorization(accessKey, secretKey, "GET", uri, signed, new byte[0]);
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET()
                .header("Authorization", authorization).header("X-Sdk-Date", signed.get("X-Sdk-Date")).build());
    }

    public Answer postSigned(String path, byte[] body, String accessKey, String secretKey) {
        return postSigned(path, body, accessKey, secretKey, Instant.now(),
                Map.of("Content-Type", "application/json;charset=UTF-8"));
    }

    /** POST with any headers and no signature (tokens, broken authorizations). */
    public Answer post(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    public Answer get(String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static byte[] json(Object tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
