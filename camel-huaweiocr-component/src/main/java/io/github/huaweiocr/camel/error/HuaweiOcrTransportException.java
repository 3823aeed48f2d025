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
 * No complete answer arrived: the connection could not be made, was reset or closed before the response ended, the
 * response did not come within the request timeout, or TLS failed. The request may or may not have reached Huawei.
 */
public class HuaweiOcrTransportException extends HuaweiOcrException {

    private final HuaweiOcrOperation operation;
    private final int attempts;
    private final boolean retryable;

    public HuaweiOcrTransportException(HuaweiOcrOperation operation, String problem, int attempts, boolean retryable,
                                       Throwable cause) {
        super((operation == null ? "request" : operation.segment()) + " failed: " + problem + " (" + attempts
                + (attempts == 1 ? " attempt)" : " attempts)"), cause);
        this.operation = operation;
        this.attempts = attempts;
        this.retryable = retryable;
    }

    public HuaweiOcrOperation getOperation() {
        return operation;
    }

    /** HTTP requests made for this call, retries included. */
    public int getAttempts() {
        return attempts;
    }

    @Override
    public boolean isRetryable() {
        return retryable;
    }
}
