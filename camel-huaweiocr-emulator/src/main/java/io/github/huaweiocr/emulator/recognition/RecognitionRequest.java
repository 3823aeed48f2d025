package io.github.huaweiocr.emulator.recognition;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationSpec;

/**
 * A validated request.
 *
 * @param image  decoded document bytes (from base64 or downloaded from the URL); null when the operation takes none
 * @param format detected format (JPEG, PNG, BMP, TIFF, GIF, WEBP, PCX, ICO, PSD, PDF, OFD); null without image
 * @param width  pixel width, or -1 when unknown (PDF, OFD)
 * @param height pixel height, or -1 when unknown
 * @param sha256 lowercase hex SHA-256 of {@code image}; null without image
 * @param body   the request JSON (all parameters as sent)
 */
public record RecognitionRequest(OperationSpec operation, byte[] image, String format, int width, int height,
                                 String sha256, ObjectNode body) {
}
