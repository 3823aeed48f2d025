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
package io.github.huaweiocr.examples.filetojms;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.error.HuaweiOcrTransportException;

/**
 * Turns a failed exchange into the message published on {@code ocr.failed}: headers {@value #FILE_NAME},
 * {@value #ERROR_CODE} and {@value #ERROR_MESSAGE}, and the same facts (plus the request id when Huawei answered) as a
 * JSON body, so that a consumer can act on it without knowing Camel.
 */
public final class FailureReport {

    public static final String FILE_NAME = "ocrFileName";
    public static final String ERROR_CODE = "ocrErrorCode";
    public static final String ERROR_MESSAGE = "ocrErrorMessage";
    /** On results and failures alike: the replica that recognised the document. */
    public static final String REPLICA = "ocrReplica";
    /**
     * On results and failures alike: true when the broker had handed the document to a consumer before without an
     * acknowledgement (a replica died holding it), so it may have been recognised, and paid for, twice.
     */
    public static final String REDELIVERED = "ocrRedelivered";
    /**
     * On results and failures alike: the calls made to Huawei for the document, retries included (0 when it was
     * refused before any call). Only the calls answered with a result are billed.
     */
    public static final String ATTEMPTS = "ocrAttempts";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FailureReport() {
    }

    /** Replaces the body and sets the headers; the file name comes from the {@value #FILE_NAME} header. */
    public static void describe(Exchange exchange) throws JsonProcessingException {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String fileName = exchange.getMessage().getHeader(FILE_NAME, String.class);
        String code = errorCode(failure);
        String message = failure == null ? "unknown failure" : failure.getMessage();

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("fileName", fileName);
        report.put("errorCode", code);
        report.put("errorMessage", message);
        if (failure instanceof HuaweiOcrServiceException service) {
            report.put("httpStatus", service.getStatusCode());
            report.put("requestId", service.getRequestId());
        }
        report.put("attempts", attempts(failure));
        exchange.getMessage().setHeader(FILE_NAME, fileName);
        exchange.getMessage().setHeader(ERROR_CODE, code);
        exchange.getMessage().setHeader(ERROR_MESSAGE, message);
        exchange.getMessage().setHeader(ATTEMPTS, attempts(failure));
        exchange.getMessage().setBody(MAPPER.writeValueAsString(report));
    }

    /** The calls made before the failure: what the component's exceptions report, 0 for a refused input. */
    static int attempts(Exception failure) {
        if (failure instanceof HuaweiOcrServiceException service) {
            return service.getAttempts();
        }
        if (failure instanceof HuaweiOcrTransportException transport) {
            return transport.getAttempts();
        }
        return 0;
    }

    /** Huawei's error code when Huawei answered; otherwise a short name of what went wrong on this side. */
    static String errorCode(Exception failure) {
        if (failure instanceof HuaweiOcrServiceException service && service.getErrorCode() != null) {
            return service.getErrorCode();
        }
        if (failure instanceof HuaweiOcrServiceException service) {
            return "HTTP." + service.getStatusCode();
        }
        if (failure instanceof HuaweiOcrInputException) {
            return "INVALID_INPUT";
        }
        return failure == null ? "UNKNOWN" : failure.getClass().getSimpleName();
    }
}
