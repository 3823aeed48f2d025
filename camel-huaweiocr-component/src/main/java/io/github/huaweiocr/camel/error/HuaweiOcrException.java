package io.github.huaweiocr.camel.error;

import org.apache.camel.RuntimeCamelException;

/**
 * Root of every failure the component raises. Messages say what went wrong and what to do; they never contain a
 * secret.
 */
public class HuaweiOcrException extends RuntimeCamelException {

    public HuaweiOcrException(String message) {
        super(message);
    }

    public HuaweiOcrException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether sending the same request again later may succeed. */
    public boolean isRetryable() {
        return false;
    }
}
