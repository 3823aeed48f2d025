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

import java.util.Optional;

import io.github.huaweiocr.camel.input.ImageFormatDetector.Bytes;
import io.github.huaweiocr.camel.operation.ImageFormat;

/**
 * Reads an image's pixel size from its header, without decoding the picture: checking a 10 MB scan must not cost a
 * 100 MB bitmap. Empty for formats without a fixed page size (PDF, OFD) or a header that cannot be read.
 */
public final class ImageDimensionsReader {

    private static final int TIFF_TAG_WIDTH = 256;
    private static final int TIFF_TAG_HEIGHT = 257;
    private static final int TIFF_TYPE_SHORT = 3;
    private static final int TIFF_TYPE_LONG = 4;

    private ImageDimensionsReader() {
    }

    /** The pixel size of an image in {@code format} held in {@code data[offset, offset+length)}. */
    public static Optional<PixelSize> read(ImageFormat format, byte[] data, int offset, int length) {
        Bytes b = new Bytes(data, offset, length);
        PixelSize size = switch (format) {
            case PNG -> b.has(24) ? new PixelSize(b.beInt(16), b.beInt(20)) : null;
            case GIF -> b.has(10) ? new PixelSize(b.leShort(6), b.leShort(8)) : null;
            case BMP -> bmp(b);
            case JPEG -> jpeg(b);
            case TIFF -> tiff(b);
            case WEBP -> webp(b);
            case PSD -> b.has(22) ? new PixelSize(b.beInt(18), b.beInt(14)) : null;
            case PCX -> b.has(12) ? new PixelSize(b.leShort(8) - b.leShort(4) + 1, b.leShort(10) - b.leShort(6) + 1) : null;
            case ICO -> b.has(8) ? new PixelSize(b.at(6) == 0 ? 256 : b.at(6), b.at(7) == 0 ? 256 : b.at(7)) : null;
            case PDF, OFD -> null;
        };
        return size == null || size.width() <= 0 || size.height() <= 0 ? Optional.empty() : Optional.of(size);
    }

    private static PixelSize bmp(Bytes b) {
        if (!b.has(26)) {
            return null;
        }
        if (b.leInt(14) == 12) {
            // OS/2 BITMAPCOREHEADER: 16-bit sizes.
            return new PixelSize(b.leShort(18), b.leShort(20));
        }
        // BITMAPINFOHEADER and later: a negative height means a top-down bitmap.
        return new PixelSize(b.leInt(18), Math.abs(b.leInt(22)));
    }

    private static PixelSize jpeg(Bytes b) {
        int i = 2;
        while (b.has(i + 4)) {
            if (b.at(i) != 0xFF) {
                return null;
            }
            int marker = b.at(i + 1);
            if (marker == 0xFF) {
                // Fill byte before a marker.
                i++;
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD9) {
                // Stand-alone markers carry no length.
                i += 2;
                continue;
            }
            int segmentLength = b.beShort(i + 2);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                return b.has(i + 9) ? new PixelSize(b.beShort(i + 7), b.beShort(i + 5)) : null;
            }
            if (segmentLength < 2) {
                return null;
            }
            i += 2 + segmentLength;
        }
        return null;
    }

    private static PixelSize tiff(Bytes b) {
        boolean little = b.at(0) == 'I';
        int ifd = little ? b.leInt(4) : b.beInt(4);
        if (ifd < 8 || !b.has(ifd + 2)) {
            return null;
        }
        int entries = little ? b.leShort(ifd) : b.beShort(ifd);
        int width = -1;
        int height = -1;
        for (int e = 0; e < entries; e++) {
            int entry = ifd + 2 + e * 12;
            if (!b.has(entry + 12)) {
                break;
            }
            int tag = little ? b.leShort(entry) : b.beShort(entry);
            int type = little ? b.leShort(entry + 2) : b.beShort(entry + 2);
            int value;
            if (type == TIFF_TYPE_SHORT) {
                value = little ? b.leShort(entry + 8) : b.beShort(entry + 8);
            } else if (type == TIFF_TYPE_LONG) {
                value = little ? b.leInt(entry + 8) : b.beInt(entry + 8);
            } else {
                continue;
            }
            if (tag == TIFF_TAG_WIDTH) {
                width = value;
            } else if (tag == TIFF_TAG_HEIGHT) {
                height = value;
            }
        }
        return width > 0 && height > 0 ? new PixelSize(width, height) : null;
    }

    private static PixelSize webp(Bytes b) {
        if (!b.has(30)) {
            return null;
        }
        if (b.matchesAt(12, 'V', 'P', '8', ' ')) {
            // Lossy: key frame start code 9d 01 2a, then 14-bit width and height.
            return b.matchesAt(23, 0x9D, 0x01, 0x2A) ? new PixelSize(b.leShort(26) & 0x3FFF, b.leShort(28) & 0x3FFF) : null;
        }
        if (b.matchesAt(12, 'V', 'P', '8', 'L')) {
            // Lossless: signature 0x2f, then width-1 and height-1 in 14 bits each.
            if (b.at(20) != 0x2F) {
                return null;
            }
            int bits = b.leInt(21);
            return new PixelSize((bits & 0x3FFF) + 1, (bits >>> 14 & 0x3FFF) + 1);
        }
        if (b.matchesAt(12, 'V', 'P', '8', 'X')) {
            // Extended: canvas width-1 and height-1 in 24 bits each.
            return new PixelSize(b.leInt24(24) + 1, b.leInt24(27) + 1);
        }
        return null;
    }
}
