package io.github.huaweiocr.emulator.errors;

/**
 * Ends the handling of a request with an error answer. Messages never contain secrets: they are the fixed texts of
 * {@link ErrorCode} with non-secret details (access key ids, expiry times, canonical requests).
 */
public class OcrApiException extends RuntimeException {

    private final ErrorCode errorCode;

    public OcrApiException(ErrorCode errorCode, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public String code() {
        return errorCode.code();
    }

    public int status() {
        return errorCode.status();
    }
}
