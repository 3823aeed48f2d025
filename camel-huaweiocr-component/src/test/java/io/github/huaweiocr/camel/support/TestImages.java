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
package io.github.huaweiocr.camel.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** Real images written by javax.imageio, so format and size checks run on what encoders produce. */
public final class TestImages {

    private TestImages() {
    }

    /** A white image with a line of black text, encoded as {@code format} (png, jpg, bmp, gif, tiff). */
    public static byte[] image(String format, int width, int height) {
        return line(format, width, height, "HELLO 123", Math.max(8, Math.min(height / 3, 40)), 4,
                Math.max(10, height * 2 / 3));
    }

    /** A PNG of the given size. */
    public static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    /** A 320 x 120 PNG reading "HELLO 2026" in large bold letters, which the emulator's OCR engine reads back. */
    public static byte[] readableLine() {
        return line("png", 320, 120, "HELLO 2026", 36, 20, 75);
    }

    /**
     * A 360 x 100 PNG reading {@code text}: a distinct document for each distinct text, so the emulator counts each
     * as its own body.
     */
    public static byte[] textLine(String text) {
        return line("png", 360, 100, text, 28, 10, 60);
    }

    /** Random pixels (seeded, so the same on every run): an image no encoder can compress much. */
    public static byte[] noise(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        return encode(image, format);
    }

    private static byte[] line(String format, int width, int height, String text, int fontSize, int x, int y) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, fontSize >= 36 ? Font.BOLD : Font.PLAIN, fontSize));
            g.drawString(text, x, y);
        } finally {
            g.dispose();
        }
        return encode(image, format);
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
