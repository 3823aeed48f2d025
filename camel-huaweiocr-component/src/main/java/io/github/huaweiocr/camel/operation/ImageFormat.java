package io.github.huaweiocr.camel.operation;

/** File formats the OCR APIs distinguish, recognised from the first bytes of a document. */
public enum ImageFormat {
    JPEG, PNG, BMP, TIFF, GIF, WEBP, PCX, ICO, PSD, PDF, OFD
}
