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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;

class ImageFormatDetectorTest {

    @ParameterizedTest
    @CsvSource({ "png,PNG", "jpg,JPEG", "bmp,BMP", "gif,GIF", "tiff,TIFF" })
    void recognisesImagesWrittenByImageIo(String writer, ImageFormat expected) {
        byte[] image = TestImages.image(writer, 40, 30);
        assertThat(ImageFormatDetector.detect(image, 0, image.length)).contains(expected);
    }

    @Test
    void recognisesFormatsFromTheirMagicBytes() {
        assertThat(detect(bytes("%PDF-1.7\n%..."))).isEqualTo(ImageFormat.PDF);
        assertThat(detect(bytes("8BPS\0\1\0\0\0\0\0\0\0\3\0\0\0\20\0\0\0\40"))).isEqualTo(ImageFormat.PSD);
        assertThat(detect(bytes("RIFF\0\0\0\0WEBPVP8 "))).isEqualTo(ImageFormat.WEBP);
        assertThat(detect(bytes("MM\0*\0\0\0\10"))).isEqualTo(ImageFormat.TIFF);
        assertThat(detect(new byte[] { 0, 0, 1, 0, 1, 0, 16, 16 })).isEqualTo(ImageFormat.ICO);
        byte[] pcx = new byte[128];
        pcx[0] = 0x0A;
        pcx[1] = 5;
        pcx[2] = 1;
        pcx[3] = 8;
        assertThat(detect(pcx)).isEqualTo(ImageFormat.PCX);
    }

    @Test
    void recognisesOfdAsAZipPackageHoldingOfdXml() throws IOException {
        assertThat(detect(zip("OFD.xml"))).isEqualTo(ImageFormat.OFD);
        assertThat(ImageFormatDetector.detect(zip("word/document.xml"), 0, zip("word/document.xml").length)).isEmpty();
    }

    @Test
    void readsOnlyTheGivenRange() {
        byte[] png = TestImages.png(20, 20);
        byte[] padded = new byte[png.length + 7];
        System.arraycopy(png, 0, padded, 7, png.length);
        assertThat(ImageFormatDetector.detect(padded, 7, png.length)).contains(ImageFormat.PNG);
        assertThat(ImageFormatDetector.detect(padded, 0, png.length)).isEmpty();
    }

    @Test
    void rejectsTextAndTruncatedHeaders() {
        assertThat(ImageFormatDetector.detect(bytes("hello world"), 0, 11)).isEmpty();
        assertThat(ImageFormatDetector.detect(new byte[] { (byte) 0x89, 'P' }, 0, 2)).isEmpty();
        assertThat(ImageFormatDetector.detect(new byte[0], 0, 0)).isEmpty();
    }

    private static ImageFormat detect(byte[] data) {
        return ImageFormatDetector.detect(data, 0, data.length).orElseThrow();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes("<ofd/>"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
