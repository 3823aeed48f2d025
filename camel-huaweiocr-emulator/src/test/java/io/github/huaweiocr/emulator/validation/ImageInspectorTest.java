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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.huaweiocr.emulator.support.TestImages;

/** Format by magic bytes and pixel size from headers, for every format the OCR service names. */
class ImageInspectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "png", "bmp", "gif", "tiff"})
    void readsTheSizeOfImagesWrittenByImageIo(String format) {
        ImageInfo info = ImageInspector.inspect(TestImages.image(format, 123, 45)).orElseThrow();
        assertThat(info.format()).isEqualTo(format.equals("jpeg") ? "JPEG" : format.toUpperCase());
        assertThat(info.width()).isEqualTo(123);
        assertThat(info.height()).isEqualTo(45);
    }

    @Test
    void readsWebpVariants() {
        byte[] vp8x = riff("VP8X", 30);
        vp8x[24] = (byte) 199;      // width - 1 = 199 (24 bits little-endian)
        vp8x[27] = (byte) 99;       // height - 1 = 99
        assertThat(ImageInspector.inspect(vp8x)).contains(new ImageInfo("WEBP", 200, 100));

        byte[] lossless = riff("VP8L", 30);
        int bits = (300 - 1) | ((150 - 1) << 14);
        ByteBuffer.wrap(lossless, 21, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(bits);
        assertThat(ImageInspector.inspect(lossless)).contains(new ImageInfo("WEBP", 300, 150));

        byte[] lossy = riff("VP8 ", 30);
        ByteBuffer.wrap(lossy, 26, 4).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 640).putShort((short) 480);
        assertThat(ImageInspector.inspect(lossy)).contains(new ImageInfo("WEBP", 640, 480));
    }

    @Test
    void readsPsdIcoAndPcxHeaders() {
        byte[] psd = new byte[26];
        System.arraycopy("8BPS".getBytes(StandardCharsets.US_ASCII), 0, psd, 0, 4);
        ByteBuffer.wrap(psd, 14, 8).putInt(70).putInt(90);
        assertThat(ImageInspector.inspect(psd)).contains(new ImageInfo("PSD", 90, 70));

        byte[] ico = {0, 0, 1, 0, 1, 0, 0, 48};
        assertThat(ImageInspector.inspect(ico)).contains(new ImageInfo("ICO", 256, 48));

        byte[] pcx = new byte[128];
        pcx[0] = 0x0A;
        pcx[1] = 5;
        pcx[2] = 1;
        ByteBuffer.wrap(pcx, 4, 8).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 0).putShort((short) 0)
                .putShort((short) 319).putShort((short) 199);
        assertThat(ImageInspector.inspect(pcx)).contains(new ImageInfo("PCX", 320, 200));
    }

    @Test
    void recognisesDocumentsWithoutPixelSize() throws Exception {
        assertThat(ImageInspector.inspect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .contains(new ImageInfo("PDF", -1, -1));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("OFD.xml"));
            out.write("<ofd:OFD/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(ImageInspector.inspect(zip.toByteArray())).contains(new ImageInfo("OFD", -1, -1));
    }

    @Test
    void refusesUnknownBytesAndPlainZips() throws Exception {
        assertThat(ImageInspector.inspect("hello".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageInspector.inspect(new byte[0])).isEmpty();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.closeEntry();
        }
        assertThat(ImageInspector.inspect(zip.toByteArray())).isEmpty();
    }

    private static byte[] riff(String chunk, int length) {
        byte[] bytes = new byte[length];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WEBP".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 4);
        System.arraycopy(chunk.getBytes(StandardCharsets.US_ASCII), 0, bytes, 12, 4);
        return bytes;
    }
}
