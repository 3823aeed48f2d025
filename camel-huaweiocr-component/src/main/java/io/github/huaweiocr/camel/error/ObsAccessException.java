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

/**
 * The object store refused or failed a request for a referenced object (access denied, store unreachable, bucket
 * location unreadable). Nothing was sent to the OCR service, so nothing was billed.
 */
public class ObsAccessException extends HuaweiOcrException {

    private final String reference;
    private final String storeErrorCode;
    private final boolean retryable;

    public ObsAccessException(String message, String reference, String storeErrorCode, boolean retryable,
                              Throwable cause) {
        super(message, cause);
        this.reference = reference;
        this.storeErrorCode = storeErrorCode;
        this.retryable = retryable;
    }

    /** The object the request was about, in its {@code obs://bucket/key} form (null for bucket-level requests). */
    public String getReference() {
        return reference;
    }

    /** The store's error code ({@code AccessDenied}, {@code NoSuchBucket}...), or null for transport failures. */
    public String getStoreErrorCode() {
        return storeErrorCode;
    }

    @Override
    public boolean isRetryable() {
        return retryable;
    }
}
