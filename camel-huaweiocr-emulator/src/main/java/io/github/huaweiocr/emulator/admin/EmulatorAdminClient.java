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
package io.github.huaweiocr.emulator.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.faults.FaultSpec;

/**
 * Talks to a running emulator's admin API ({@code /_emulator/}) over HTTP, so it works the same for an emulator in
 * this JVM, in another process or in a container. Calls block; failures throw {@link IllegalStateException}.
 */
public final class EmulatorAdminClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI base;
    private final HttpClient http;

    /** @param baseUrl the emulator's base URL, e.g. {@code http://127.0.0.1:8080} */
    public EmulatorAdminClient(String baseUrl) {
        this.base = URI.create(baseUrl.replaceAll("/+$", "") + "/_emulator/");
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1);
        if (baseUrl.startsWith("https:")) {
            // the emulator's certificate is self-signed and made at start: nothing to pin it to
            builder.sslContext(trustingContext());
            SSLParameters parameters = new SSLParameters();
            parameters.setEndpointIdentificationAlgorithm(null);
            builder.sslParameters(parameters);
        }
        this.http = builder.build();
    }

    /**
     * The whole statistics document: totalRequests, duplicateBodies, byOperation, byStatus, byErrorCode, byInput,
     * recognitions.
     */
    public JsonNode stats() {
        return call("GET", "stats", null);
    }

    /** Requests that reached operation {@code segment}, whatever their outcome. */
    public long requests(String segment) {
        return stats().path("byOperation").path(segment).asLong(0);
    }

    /** Answers that carried {@code errorCode} (e.g. {@code APIG.0308}). */
    public long errors(String errorCode) {
        return stats().path("byErrorCode").path(errorCode).asLong(0);
    }

    /** Answers with HTTP status {@code status}. */
    public long responses(int status) {
        return stats().path("byStatus").path(String.valueOf(status)).asLong(0);
    }

    /**
     * Well-formed OCR requests that carried their document as {@code kind}: {@code image} (base64 in the {@code image}
     * or {@code data} field), {@code url}, or {@code none}.
     */
    public long inputs(String kind) {
        return stats().path("byInput").path(kind).asLong(0);
    }

    /** OCR requests whose body was byte-for-byte identical to an earlier one. */
    public long duplicateBodies() {
        return stats().path("duplicateBodies").asLong(0);
    }

    /** Every request outside the admin API. */
    public long totalRequests() {
        return stats().path("totalRequests").asLong(0);
    }

    public void injectFault(FaultSpec fault) {
        call("POST", "faults", fault.toJson());
    }

    public void clearFaults() {
        call("DELETE", "faults", null);
    }

    /** Makes every token issued so far expire now. */
    public void expireAllTokens() {
        call("POST", "tokens/expire", null);
    }

    /**
     * Answers {@code response} (a {@code {"result": ...}} document) for this exact image, in every operation whose
     * result shape it fits (the others answer as usual).
     */
    public void putFixture(byte[] image, JsonNode response) {
        putFixture(image, null, response);
    }

    /**
     * Answers {@code response} for this exact image in operation {@code segment}; refused (IllegalStateException)
     * when the response does not fit that operation's result shape.
     */
    public void putFixture(byte[] image, String segment, JsonNode response) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("image", Base64.getEncoder().encodeToString(image));
        if (segment != null) {
            body.put("operation", segment);
        }
        body.set("response", response);
        call("POST", "fixtures", body);
    }

    public void clearFixtures() {
        call("DELETE", "fixtures", null);
    }

    /** Successful recognitions (answers Huawei would bill). */
    public long recognitions() {
        return stats().path("recognitions").path("total").asLong();
    }

    /**
     * Distinct documents (operation, document bytes and other request fields) recognised successfully more than once:
     * documents paid for twice or more, whichever client sent them. A retry after a 429 is not one.
     */
    public long documentsRecognisedMoreThanOnce() {
        return stats().path("recognitions").path("documentsRecognisedMoreThanOnce").asLong();
    }

    /** Successful recognitions beyond the first of each document: calls paid for twice. */
    public long repeatRecognitions() {
        return stats().path("recognitions").path("repeatRecognitions").asLong();
    }

    /** Requests per minute per account and operation; 0 turns that window off. The per-second window stays. */
    public void setQuota(int perMinute) {
        call("POST", "quota", MAPPER.createObjectNode().put("perMinute", perMinute));
    }

    /** Requests per second and per minute per account and operation; 0 turns a window off. */
    public void setQuota(int perSecond, int perMinute) {
        call("POST", "quota", MAPPER.createObjectNode().put("perSecond", perSecond).put("perMinute", perMinute));
    }

    /**
     * Quota windows of one second ({@code perSecond}) or one minute ({@code perMinute}) that admitted at least one
     * call since the quota was last set: admitted calls over this count is how full a client kept its windows.
     */
    public long quotaWindowsUsed(String window) {
        return call("GET", "quota", null).path("windowsUsed").path(window).asLong();
    }

    /** Calls processed at once; 0 turns the limit off. */
    public void setMaxConcurrent(int maxConcurrent) {
        call("POST", "quota", MAPPER.createObjectNode().put("maxConcurrent", maxConcurrent));
    }

    /** Clears statistics, restores configured faults and quota, lifts lock-outs. Tokens and fixtures stay. */
    public void reset() {
        call("POST", "reset", null);
    }

    private JsonNode call(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)));
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = MAPPER.readTree(response.body());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("emulator admin call " + method + " " + path + " failed with "
                        + response.statusCode() + ": " + answer.path("error").asText());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("emulator admin call " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during emulator admin call", e);
        }
    }

    private static SSLContext trustingContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // the admin client never presents or checks client certificates
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // accepted: the emulator generates a new self-signed certificate at every start
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("TLS unavailable", e);
        }
    }
}
