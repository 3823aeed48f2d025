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
