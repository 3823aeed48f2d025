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

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.error.HuaweiOcrThrottledException;
import io.github.huaweiocr.camel.error.HuaweiOcrTransportException;

/**
 * Maps a failed call to the gateway's answer: 400 when the document cannot be recognised as sent (nothing was sent to
 * Huawei, or Huawei refused the input), 429 with {@code Retry-After} when Huawei throttled the account even after the
 * component's retries, 502 for every other failure on Huawei's side or on the way there. The body is JSON with
 * {@code error} (Huawei's code when there is one), {@code message} and, when Huawei answered, {@code requestId}.
 */
public final class ErrorResponse {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Seconds a client should wait after a 429: Huawei advises 2 to 5 seconds after throttling. */
    static final String RETRY_AFTER_SECONDS = "2";

    private ErrorResponse() {
    }

    /** Turns the exception the route caught into the HTTP answer. */
    public static void describe(Exchange exchange) throws JsonProcessingException {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        int status = statusOf(failure);
        Map<String, Object> body = body(status, codeOf(failure),
                failure == null ? "unknown failure" : failure.getMessage());
        if (failure instanceof HuaweiOcrServiceException service) {
            body.put("requestId", service.getRequestId());
            body.put("attempts", service.getAttempts());
        }
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
        if (status == 429) {
            exchange.getMessage().setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        exchange.getMessage().setBody(MAPPER.writeValueAsString(body));
    }

    /** An error answer that involves no call to Huawei, in the same JSON shape. */
    static String json(int status, String error, String message) {
        try {
            return MAPPER.writeValueAsString(body(status, error, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings and numbers is always JSON", e);
        }
    }

    private static Map<String, Object> body(int status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        return body;
    }

    static int statusOf(Exception failure) {
        if (failure instanceof HuaweiOcrInputException) {
            return 400;
        }
        if (failure instanceof HuaweiOcrThrottledException) {
            return 429;
        }
        if (failure instanceof HuaweiOcrServiceException service && service.getStatusCode() == 400) {
            // Huawei refused the document itself (format, size, quality): the client must send something else.
            return 400;
        }
        return 502;
    }

    static String codeOf(Exception failure) {
        if (failure instanceof HuaweiOcrServiceException service && service.getErrorCode() != null) {
            return service.getErrorCode();
        }
        if (failure instanceof HuaweiOcrInputException) {
            return "INVALID_INPUT";
        }
        if (failure instanceof HuaweiOcrTransportException) {
            return "UPSTREAM_UNREACHABLE";
        }
        return "UPSTREAM_ERROR";
    }
}
