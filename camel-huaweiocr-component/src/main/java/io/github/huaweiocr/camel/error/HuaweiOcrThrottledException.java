package io.github.huaweiocr.camel.error;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * The per-user rate limit ({@code APIG.0308}, HTTP 429) or the backend concurrency limit was reached, and the retries
 * did not get through. Huawei advises waiting 2 to 5 seconds before sending again.
 */
public class HuaweiOcrThrottledException extends HuaweiOcrServiceException {

    public HuaweiOcrThrottledException(HuaweiOcrOperation operation, int statusCode, String errorCode,
                                       String errorMessage, String requestId, int attempts, String hint) {
        super(operation, statusCode, errorCode, errorMessage, requestId, attempts, ErrorKind.THROTTLED, true, hint);
    }
}
