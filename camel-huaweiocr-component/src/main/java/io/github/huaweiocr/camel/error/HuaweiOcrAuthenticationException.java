package io.github.huaweiocr.camel.error;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * Huawei rejected the credentials or the caller's rights: bad AK/SK signature, unknown access key, a key locked by
 * Huawei, an expired or invalid IAM token, missing permission. Never retried unchanged.
 */
public class HuaweiOcrAuthenticationException extends HuaweiOcrServiceException {

    public HuaweiOcrAuthenticationException(HuaweiOcrOperation operation, int statusCode, String errorCode,
                                            String errorMessage, String requestId, int attempts, ErrorKind kind,
                                            String hint) {
        super(operation, statusCode, errorCode, errorMessage, requestId, attempts, kind, false, hint);
    }
}
