package io.github.huaweiocr.camel.obs;

/** How an object in OBS (or another S3-compatible store) reaches the OCR service. */
public enum ObsInputMode {
    /**
     * A short-lived presigned GET URL is sent as the API's {@code url}: the document bytes never pass through the
     * route. The OCR service downloads the object itself, so it must be able to reach the store (same region on
     * Huawei Cloud).
     */
    URL,
    /** The object is downloaded by the component and sent as base64, for stores the OCR service cannot read. */
    DOWNLOAD
}
