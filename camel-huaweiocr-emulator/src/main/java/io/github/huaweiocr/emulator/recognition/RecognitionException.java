package io.github.huaweiocr.emulator.recognition;

/** Recognition failed with an OCR service code ({@code AIS.0104}, {@code AIS.0105}, ...). */
public class RecognitionException extends Exception {

    private final String errorCode;

    public RecognitionException(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
