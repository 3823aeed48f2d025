package io.github.huaweiocr.camel.error;

/**
 * The message body or a parameter cannot be sent as it is: wrong format, too large, pixel size out of the operation's
 * range, bad base64, unknown parameter. Raised before any request is made, so nothing was billed.
 */
public class HuaweiOcrInputException extends HuaweiOcrException {

    public HuaweiOcrInputException(String message) {
        super(message);
    }

    public HuaweiOcrInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
