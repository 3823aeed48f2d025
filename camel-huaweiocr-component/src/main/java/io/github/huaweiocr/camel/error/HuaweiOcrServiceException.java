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
package io.github.huaweiocr.camel.error;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * Huawei Cloud answered with an error. Carries everything needed to act on it: the HTTP status, Huawei's
 * {@code error_code} and {@code error_msg}, the {@code X-Request-Id} to quote to Huawei support, the operation, how many
 * HTTP attempts were made, whether the failure is worth retrying and a remediation hint from Huawei's FAQ.
 */
public class HuaweiOcrServiceException extends HuaweiOcrException {

    private final int statusCode;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final HuaweiOcrOperation operation;
    private final int attempts;
    private final ErrorKind kind;
    private final boolean retryable;
    private final String hint;

    /**
     * @param errorCode    Huawei's {@code error_code}, or null when the body was not Huawei's JSON error
     * @param errorMessage Huawei's {@code error_msg}, or the start of a non-JSON body; already stripped of echoed
     *                     request details
     */
    public HuaweiOcrServiceException(HuaweiOcrOperation operation, int statusCode, String errorCode, String errorMessage,
                                     String requestId, int attempts, ErrorKind kind, boolean retryable, String hint) {
        super(describe(operation, statusCode, errorCode, errorMessage, requestId, attempts, hint));
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.operation = operation;
        this.attempts = attempts;
        this.kind = kind;
        this.retryable = retryable;
        this.hint = hint;
    }

    private static String describe(HuaweiOcrOperation operation, int statusCode, String errorCode, String errorMessage,
                                   String requestId, int attempts, String hint) {
        StringBuilder sb = new StringBuilder();
        // Without an operation the failure is IAM's (token or project id), and errorMessage says which call it was.
        sb.append(operation == null ? "IAM call" : operation.segment()).append(" failed: HTTP ").append(statusCode);
        if (errorCode != null) {
            sb.append(' ').append(errorCode);
        }
        if (errorMessage != null && !errorMessage.isEmpty()) {
            sb.append(' ').append(errorMessage);
        }
        sb.append(" (request ").append(requestId == null ? "id unknown" : requestId).append(", ").append(attempts)
                .append(attempts == 1 ? " attempt)." : " attempts).");
        if (hint != null && !hint.isEmpty()) {
            sb.append(' ').append(hint);
        }
        return sb.toString();
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** Huawei's {@code error_code} ({@code APIG.0308}, {@code AIS.0103}...), or null for a non-JSON error body. */
    public String getErrorCode() {
        return errorCode;
    }

    /** Huawei's {@code error_msg}. */
    public String getErrorMessage() {
        return errorMessage;
    }

    /** The {@code X-Request-Id} of the last attempt, to quote when asking Huawei support; null if none was sent. */
    public String getRequestId() {
        return requestId;
    }

    public HuaweiOcrOperation getOperation() {
        return operation;
    }

    /** HTTP requests made for this call, retries included. */
    public int getAttempts() {
        return attempts;
    }

    public ErrorKind getKind() {
        return kind;
    }

    /** What to do about it, from Huawei's documentation; may be null. */
    public String getHint() {
        return hint;
    }

    @Override
    public boolean isRetryable() {
        return retryable;
    }
}
