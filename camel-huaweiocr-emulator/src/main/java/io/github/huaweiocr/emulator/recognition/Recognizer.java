package io.github.huaweiocr.emulator.recognition;

/**
 * Produces the {@code result} of an OCR operation for an image that already passed validation. Implementations:
 * fixtures registered by image hash, the RapidOCR engine for text operations, and a deterministic synthetic answer
 * for everything else.
 */
public interface Recognizer {

    /**
     * @return the answer, or empty when this recognizer does not handle the request (the next one is asked)
     * @throws RecognitionException with an {@code AIS.*} code when recognition fails
     */
    java.util.Optional<RecognitionResult> recognize(RecognitionRequest request) throws RecognitionException;
}
