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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;

class ImageDimensionsReaderTest {

    @ParameterizedTest
    @CsvSource({ "png,PNG", "jpg,JPEG", "bmp,BMP", "gif,GIF", "tiff,TIFF" })
    void readsWidthAndHeightFromTheHeaderOfRealImages(String writer, ImageFormat format) {
        byte[] image = TestImages.image(writer, 123, 45);
        assertThat(ImageDimensionsReader.read(format, image, 0, image.length)).contains(new PixelSize(123, 45));
    }

    @Test
    void readsLossyWebpSize() {
        ByteBuffer b = riff("VP8 ", 30);
        b.position(23);
        b.put((byte) 0x9D).put((byte) 0x01).put((byte) 0x2A).putShort((short) 640).putShort((short) 480);
        assertThat(read(ImageFormat.WEBP, b)).contains(new PixelSize(640, 480));
    }

    @Test
    void readsLosslessWebpSize() {
        ByteBuffer b = riff("VP8L", 30);
        b.position(20);
        b.put((byte) 0x2F).putInt((300 - 1) | (200 - 1) << 14);
        assertThat(read(ImageFormat.WEBP, b)).contains(new PixelSize(300, 200));
    }

    @Test
    void readsExtendedWebpCanvasSize() {
        ByteBuffer b = riff("VP8X", 30);
        b.position(24);
        int w = 40000 - 1;
        int h = 20 - 1;
        b.put((byte) w).put((byte) (w >> 8)).put((byte) (w >> 16)).put((byte) h).put((byte) (h >> 8)).put((byte) (h >> 16));
        assertThat(read(ImageFormat.WEBP, b)).contains(new PixelSize(40000, 20));
    }

    @Test
    void readsPsdAndPcxAndIcoSizes() {
        ByteBuffer psd = ByteBuffer.allocate(26).order(ByteOrder.BIG_ENDIAN);
        psd.put("8BPS".getBytes(StandardCharsets.US_ASCII)).position(14);
        psd.putInt(300).putInt(500);
        assertThat(read(ImageFormat.PSD, psd)).contains(new PixelSize(500, 300));

        ByteBuffer pcx = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        pcx.position(4);
        pcx.putShort((short) 0).putShort((short) 0).putShort((short) 99).putShort((short) 49);
        assertThat(read(ImageFormat.PCX, pcx)).contains(new PixelSize(100, 50));

        byte[] ico = { 0, 0, 1, 0, 1, 0, 0, 32 };
        assertThat(ImageDimensionsReader.read(ImageFormat.ICO, ico, 0, ico.length)).contains(new PixelSize(256, 32));
    }

    @Test
    void hasNoSizeForPdfOrTruncatedImages() {
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        assertThat(ImageDimensionsReader.read(ImageFormat.PDF, pdf, 0, pdf.length)).isEmpty();
        byte[] png = TestImages.png(30, 30);
        assertThat(ImageDimensionsReader.read(ImageFormat.PNG, png, 0, 12)).isEmpty();
        byte[] jpeg = TestImages.image("jpg", 30, 30);
        assertThat(ImageDimensionsReader.read(ImageFormat.JPEG, jpeg, 0, 20)).isEmpty();
    }

    private static ByteBuffer riff(String chunk, int size) {
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(size - 8).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put(chunk.getBytes(StandardCharsets.US_ASCII));
        return b;
    }

    private static java.util.Optional<PixelSize> read(ImageFormat format, ByteBuffer b) {
        return ImageDimensionsReader.read(format, b.array(), 0, b.capacity());
    }
}
