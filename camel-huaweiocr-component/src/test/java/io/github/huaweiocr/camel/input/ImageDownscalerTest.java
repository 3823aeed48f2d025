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

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.ImageDownscaler.Result;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.operation.Limits;
import io.github.huaweiocr.camel.support.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageDownscalerTest {

    private static final long TEN_MB = Limits.MAX_BASE64_LENGTH;

    @Test
    void anImageWithinTheLimitsIsReturnedUntouched() throws IOException {
        byte[] png = image(640, 480, "png", false);

        Result result = ImageDownscaler.fit(png, ImageFormat.PNG, HuaweiOcrOperation.ID_CARD);

        assertThat(result.data()).isSameAs(png);
        assertThat(result.width()).isEqualTo(640);
        assertThat(result.height()).isEqualTo(480);
    }

    @Test
    void aTooLongSideIsScaledDownWithTheAspectRatioKept() throws IOException {
        byte[] png = image(3000, 1200, "png", false);

        Result result = ImageDownscaler.fit(png, ImageFormat.PNG, new Limits(15, 1000, 0, TEN_MB));

        assertThat(result.data()).isNotSameAs(png);
        assertThat(result.width()).isEqualTo(1000);
        assertThat(result.height()).isEqualTo(400);
        assertThat(result.format()).isEqualTo(ImageFormat.PNG);
        assertDecodesTo(result, 1000, 400);
    }

    @Test
    void tooManyMegapixelsAreScaledToTheArea() throws IOException {
        byte[] jpeg = image(2000, 1000, "jpeg", false);

        Result result = ImageDownscaler.fit(jpeg, ImageFormat.JPEG, new Limits(15, 0, 1, TEN_MB));

        assertThat((long) result.width() * result.height()).isLessThanOrEqualTo(1_000_000L).isGreaterThan(990_000L);
        assertThat((double) result.width() / result.height()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(result.format()).isEqualTo(ImageFormat.JPEG);
        assertDecodesTo(result, result.width(), result.height());
    }

    @Test
    void anImageOverTheByteLimitIsRecompressedAsJpegWithinIt() throws IOException {
        byte[] noisyPng = image(800, 800, "png", true);
        long limit = 400_000;
        assertThat(4L * ((noisyPng.length + 2) / 3)).isGreaterThan(limit);

        Result result = ImageDownscaler.fit(noisyPng, ImageFormat.PNG, new Limits(15, 8192, 0, limit));

        assertThat(result.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(result.data()).startsWith(0xFF, 0xD8, 0xFF);
        assertThat(4L * ((result.data().length + 2) / 3)).isLessThanOrEqualTo(limit);
        assertThat(result.width()).isLessThanOrEqualTo(800);
        assertThat((double) result.width() / result.height()).isEqualTo(1.0);
        assertDecodesTo(result, result.width(), result.height());
    }

    @Test
    void anImageBelowTheMinimumSideIsRefusedBecauseShrinkingCannotFixIt() throws IOException {
        byte[] tiny = image(10, 300, "png", false);

        assertThatThrownBy(() -> ImageDownscaler.fit(tiny, ImageFormat.PNG, HuaweiOcrOperation.GENERAL_TEXT))
                .isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("The image is 10x300")
                .hasMessageContaining("minimum side of 15 px")
                .hasMessageContaining("cannot make an image larger");
    }

    @Test
    void aScaleThatWouldPushTheShortSideBelowTheMinimumIsRefused() throws IOException {
        byte[] strip = image(4000, 40, "png", false);

        assertThatThrownBy(() -> ImageDownscaler.fit(strip, ImageFormat.PNG, new Limits(15, 1000, 0, TEN_MB)))
                .isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("gives 1000x10")
                .hasMessageContaining("maximum side of 1000 px");
    }

    @Test
    void bytesThatAreNoImageAreRefusedWithTheFormatsItCanDecode() {
        byte[] notAnImage = "RIFF....WEBPVP8 ".getBytes();

        assertThatThrownBy(() -> ImageDownscaler.fit(notAnImage, ImageFormat.WEBP, HuaweiOcrOperation.WEB_IMAGE))
                .isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("cannot decode WEBP");
    }

    private static void assertDecodesTo(Result result, int width, int height) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(result.data()));
        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
        assertThat(result.toSource().length()).isEqualTo(result.data().length);
    }

    private static byte[] image(int width, int height, String format, boolean noise) {
        return noise ? TestImages.noise(format, width, height) : TestImages.image(format, width, height);
    }
}
