package io.github.huaweiocr.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class JpegFactoryTest {

    @Test
    void makesDecodableJpegsOfExactlyTheRequestedSize() throws IOException {
        for (int size : new int[] {100 * 1024, 2 * 1024 * 1024 + 1}) {
            byte[] jpeg = JpegFactory.ofSize(size, 7);

            assertThat(jpeg).hasSize(size);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
            assertThat(decoded.getWidth()).isEqualTo(640);
            assertThat(decoded.getHeight()).isEqualTo(480);
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        assertThat(JpegFactory.ofSize(100 * 1024, 1)).isEqualTo(JpegFactory.ofSize(100 * 1024, 1))
                .isNotEqualTo(JpegFactory.ofSize(100 * 1024, 2));
    }
}
