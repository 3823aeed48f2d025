/*
 * Copyright 2026 The camel-huaweiocr maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.huaweiocr.camel.input;

import java.util.Objects;
import io.github.huaweiocr.camel.operation.ImageFormat;

/**
 * One PDF page rendered to an image.
 *
 * @param pageNumber 1-based page number in the source document
 * @param data       the encoded image (PNG or JPEG)
 * @param format     {@link ImageFormat#PNG} or {@link ImageFormat#JPEG}
 * @param width      pixel width
 * @param height     pixel height
 * @param dpi        resolution it was rendered at
 */
public record PdfPageImage(int pageNumber, byte[] data, ImageFormat format, int width, int height, int dpi) {

    public PdfPageImage {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(format, "format");
    }

    /** The image as a document source for an OCR call; the array is shared, not copied. */
    public DocumentSource.Bytes toSource() {
        return new DocumentSource.Bytes(data, 0, data.length, format, width, height);
    }

    @Override
    public String toString() {
        return "PdfPageImage[page=" + pageNumber + ", " + format + " " + width + "x" + height + " @" + dpi + "dpi, "
                + data.length + " bytes]";
    }
}
