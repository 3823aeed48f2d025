package io.github.huaweiocr.camel.obs;

import io.github.huaweiocr.camel.error.HuaweiOcrException;

/**
 * The object store refused or failed a request for a referenced object (access denied, store unreachable, bucket
 * location unreadable). Nothing was sent to the OCR service, so nothing was billed.
 */
public class ObsAccessException extends HuaweiOcrException {

    private final ObjectReference reference;
    private final String storeErrorCode;
    private final boolean retryable;

    public ObsAccessException(String message, ObjectReference reference, String storeErrorCode, boolean retryable,
                              Throwable cause) {
        super(message, cause);
        this.reference = reference;
        this.storeErrorCode = storeErrorCode;
        this.retryable = retryable;
    }

    /** The object the request was about (null for bucket-level requests). */
    public ObjectReference getReference() {
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
