package io.github.huaweiocr.emulator.validation;

/**
 * Format and pixel size read from a file's header.
 *
 * @param format JPEG, PNG, BMP, TIFF, GIF, WEBP, PCX, ICO, PSD, PDF or OFD
 * @param width  pixels, -1 for documents without a pixel size (PDF, OFD) or when the header does not tell
 * @param height pixels, -1 likewise
 */
public record ImageInfo(String format, int width, int height) {

    public boolean hasPixelSize() {
        return width > 0 && height > 0;
    }
}
