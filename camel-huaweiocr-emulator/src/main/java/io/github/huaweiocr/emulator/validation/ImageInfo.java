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
