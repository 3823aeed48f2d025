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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import io.github.huaweiocr.camel.operation.ImageFormat;

/**
 * Recognises a document's format from its first bytes (its magic number), never from a file name: the API judges
 * the bytes, so the component must too.
 */
public final class ImageFormatDetector {

    private static final int ZIP_SCAN_ENTRIES = 64;

    private ImageFormatDetector() {
    }

    /** The format of {@code data[offset, offset+length)}, or empty when it is none the OCR APIs know. */
    public static Optional<ImageFormat> detect(byte[] data, int offset, int length) {
        Bytes b = new Bytes(data, offset, length);
        if (b.startsWith(0xFF, 0xD8, 0xFF)) {
            return Optional.of(ImageFormat.JPEG);
        }
        if (b.startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(ImageFormat.PNG);
        }
        if (b.startsWith('G', 'I', 'F', '8') && (b.at(4) == '7' || b.at(4) == '9') && b.at(5) == 'a') {
            return Optional.of(ImageFormat.GIF);
        }
        if (b.startsWith('I', 'I', 0x2A, 0x00) || b.startsWith('M', 'M', 0x00, 0x2A)) {
            return Optional.of(ImageFormat.TIFF);
        }
        if (b.startsWith('R', 'I', 'F', 'F') && b.matchesAt(8, 'W', 'E', 'B', 'P')) {
            return Optional.of(ImageFormat.WEBP);
        }
        if (b.startsWith('%', 'P', 'D', 'F', '-')) {
            return Optional.of(ImageFormat.PDF);
        }
        if (b.startsWith('8', 'B', 'P', 'S')) {
            return Optional.of(ImageFormat.PSD);
        }
        // ICO: reserved 0, type 1 (icon), at least one image.
        if (b.startsWith(0x00, 0x00, 0x01, 0x00) && length >= 6 && (b.at(4) | b.at(5)) != 0) {
            return Optional.of(ImageFormat.ICO);
        }
        // BMP: "BM" then the DIB header size at offset 14 is one of the known header lengths.
        if (b.startsWith('B', 'M') && length >= 18 && isKnownDibHeaderSize(b.leInt(14))) {
            return Optional.of(ImageFormat.BMP);
        }
        // PCX: manufacturer 0x0A, version 0..5, encoding 0 or 1, bits per plane 1/2/4/8.
        if (length >= 128 && b.at(0) == 0x0A && b.at(1) <= 5 && b.at(2) <= 1
                && (b.at(3) == 1 || b.at(3) == 2 || b.at(3) == 4 || b.at(3) == 8)) {
            return Optional.of(ImageFormat.PCX);
        }
        if (b.startsWith('P', 'K', 0x03, 0x04) && isOfdPackage(data, offset, length)) {
            return Optional.of(ImageFormat.OFD);
        }
        return Optional.empty();
    }

    private static boolean isKnownDibHeaderSize(int size) {
        return size == 12 || size == 40 || size == 52 || size == 56 || size == 64 || size == 108 || size == 124;
    }

    /** An OFD document is a zip package whose root holds {@code OFD.xml}. */
    private static boolean isOfdPackage(byte[] data, int offset, int length) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data, offset, length), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < ZIP_SCAN_ENTRIES) {
                if ("OFD.xml".equalsIgnoreCase(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Bounds-checked unsigned access to a byte range. */
    record Bytes(byte[] data, int offset, int length) {

        int at(int i) {
            return i < length ? data[offset + i] & 0xFF : -1;
        }

        boolean startsWith(int... magic) {
            return matchesAt(0, magic);
        }

        boolean matchesAt(int position, int... magic) {
            if (position + magic.length > length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (at(position + i) != magic[i]) {
                    return false;
                }
            }
            return true;
        }

        int leShort(int i) {
            return at(i) | at(i + 1) << 8;
        }

        int leInt(int i) {
            return leShort(i) | leShort(i + 2) << 16;
        }

        int beShort(int i) {
            return at(i) << 8 | at(i + 1);
        }

        int beInt(int i) {
            return beShort(i) << 16 | beShort(i + 2);
        }

        int leInt24(int i) {
            return at(i) | at(i + 1) << 8 | at(i + 2) << 16;
        }

        boolean has(int bytes) {
            return bytes <= length;
        }
    }
}
