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

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises a document by its magic bytes and reads the pixel size from its header, without decoding the image:
 * the real service rejects formats and sizes before running any model, and so must the emulator, cheaply.
 */
public final class ImageInspector {

    private ImageInspector() {
    }

    /** Format and size, or empty when the bytes are no format the OCR service knows. */
    public static Optional<ImageInfo> inspect(byte[] b) {
        if (b.length >= 3 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8 && u8(b, 2) == 0xFF) {
            return Optional.of(jpeg(b));
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(b.length >= 24 && ascii(b, 12, 4).equals("IHDR")
                    ? new ImageInfo("PNG", be32(b, 16), be32(b, 20)) : new ImageInfo("PNG", -1, -1));
        }
        if (b.length >= 6 && (ascii(b, 0, 6).equals("GIF87a") || ascii(b, 0, 6).equals("GIF89a"))) {
            return Optional.of(b.length >= 10 ? new ImageInfo("GIF", le16(b, 6), le16(b, 8)) : new ImageInfo("GIF", -1, -1));
        }
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') {
            return Optional.of(bmp(b));
        }
        if (b.length >= 4 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0)
                || (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42))) {
            return Optional.of(tiff(b));
        }
        if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return Optional.of(webp(b));
        }
        if (b.length >= 5 && ascii(b, 0, 5).equals("%PDF-")) {
            return Optional.of(new ImageInfo("PDF", -1, -1));
        }
        if (b.length >= 4 && ascii(b, 0, 4).equals("8BPS")) {
            return Optional.of(b.length >= 22 ? new ImageInfo("PSD", be32(b, 18), be32(b, 14)) : new ImageInfo("PSD", -1, -1));
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 1 && b[3] == 0) {
            return Optional.of(b.length >= 8 ? new ImageInfo("ICO", u8(b, 6) == 0 ? 256 : u8(b, 6),
                    u8(b, 7) == 0 ? 256 : u8(b, 7)) : new ImageInfo("ICO", -1, -1));
        }
        if (b.length >= 12 && u8(b, 0) == 0x0A && u8(b, 1) <= 5 && u8(b, 2) == 1) {
            return Optional.of(new ImageInfo("PCX", le16(b, 8) - le16(b, 4) + 1, le16(b, 10) - le16(b, 6) + 1));
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4
                && new String(b, StandardCharsets.ISO_8859_1).contains("OFD.xml")) {
            return Optional.of(new ImageInfo("OFD", -1, -1));
        }
        return Optional.empty();
    }

    private static ImageInfo jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if (u8(b, i) != 0xFF) {
                i++;
                continue;
            }
            int marker = u8(b, i + 1);
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            int length = be16(b, i + 2);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                return new ImageInfo("JPEG", be16(b, i + 7), be16(b, i + 5));
            }
            i += 2 + length;
        }
        return new ImageInfo("JPEG", -1, -1);
    }

    private static ImageInfo bmp(byte[] b) {
        if (b.length < 26) {
            return new ImageInfo("BMP", -1, -1);
        }
        int headerSize = le32(b, 14);
        if (headerSize == 12) {
            return new ImageInfo("BMP", le16(b, 18), le16(b, 20));
        }
        return new ImageInfo("BMP", Math.abs(le32(b, 18)), Math.abs(le32(b, 22)));
    }

    private static ImageInfo tiff(byte[] b) {
        boolean little = b[0] == 'I';
        int width = -1;
        int height = -1;
        if (b.length >= 8) {
            int ifd = int32(b, 4, little);
            if (ifd > 0 && ifd + 2 <= b.length) {
                int entries = int16(b, ifd, little);
                for (int e = 0; e < entries; e++) {
                    int at = ifd + 2 + e * 12;
                    if (at + 12 > b.length) {
                        break;
                    }
                    int tag = int16(b, at, little);
                    int type = int16(b, at + 2, little);
                    int value = type == 3 ? int16(b, at + 8, little) : int32(b, at + 8, little);
                    if (tag == 256) {
                        width = value;
                    } else if (tag == 257) {
                        height = value;
                    }
                }
            }
        }
        return new ImageInfo("TIFF", width, height);
    }

    private static ImageInfo webp(byte[] b) {
        if (b.length >= 30) {
            String chunk = ascii(b, 12, 4);
            if (chunk.equals("VP8 ")) {
                return new ImageInfo("WEBP", le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
            }
            if (chunk.equals("VP8L")) {
                int bits = le32(b, 21);
                return new ImageInfo("WEBP", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
            }
            if (chunk.equals("VP8X")) {
                return new ImageInfo("WEBP", le24(b, 24) + 1, le24(b, 27) + 1);
            }
        }
        return new ImageInfo("WEBP", -1, -1);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int offset, int length) {
        return new String(b, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int be16(byte[] b, int i) {
        return (u8(b, i) << 8) | u8(b, i + 1);
    }

    private static int be32(byte[] b, int i) {
        return (u8(b, i) << 24) | (u8(b, i + 1) << 16) | (u8(b, i + 2) << 8) | u8(b, i + 3);
    }

    private static int le16(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8);
    }

    private static int le24(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8) | (u8(b, i + 2) << 16);
    }

    private static int le32(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8) | (u8(b, i + 2) << 16) | (u8(b, i + 3) << 24);
    }

    private static int int16(byte[] b, int i, boolean little) {
        return little ? le16(b, i) : be16(b, i);
    }

    private static int int32(byte[] b, int i, boolean little) {
        return little ? le32(b, i) : be32(b, i);
    }
}
