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

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Makes valid JPEG files of an exact size: a small rendered page, grown with comment (COM) segments of seeded random
 * bytes. Decoders skip comments, so every size has the same pixels and the same (cheap) dimension check, and the bytes
 * do not compress, like a real photo.
 */
public final class JpegFactory {

    /** A comment segment carries at most this many bytes after its 2-byte length. */
    private static final int MAX_COMMENT = 65533;
    private static final int SEGMENT_OVERHEAD = 4;

    private JpegFactory() {
    }

    /** A JPEG of exactly {@code size} bytes; the same arguments always give the same bytes. */
    public static byte[] ofSize(int size, long seed) {
        byte[] base = renderPage();
        int padding = size - base.length;
        if (padding < 0 || (padding > 0 && padding < SEGMENT_OVERHEAD)) {
            throw new IllegalArgumentException("cannot make a JPEG of " + size + " bytes: the page alone is " + base.length);
        }
        byte[] out = new byte[size];
        // SOI first, then the comments, then the rest of the original file
        out[0] = base[0];
        out[1] = base[1];
        int pos = 2;
        Random random = new Random(seed);
        int segments = (padding + MAX_COMMENT + SEGMENT_OVERHEAD - 1) / (MAX_COMMENT + SEGMENT_OVERHEAD);
        int data = padding - segments * SEGMENT_OVERHEAD;
        for (int i = 0; i < segments; i++) {
            int length = data / segments + (i < data % segments ? 1 : 0);
            out[pos++] = (byte) 0xFF;
            out[pos++] = (byte) 0xFE;
            out[pos++] = (byte) ((length + 2) >>> 8);
            out[pos++] = (byte) (length + 2);
            byte[] chunk = new byte[length];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, out, pos, length);
            pos += length;
        }
        System.arraycopy(base, 2, out, pos, base.length - 2);
        return out;
    }

    private static byte[] renderPage() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, Color.WHITE, 640, 480, new Color(0xDDE3EA)));
            g.fillRect(0, 0, 640, 480);
            // dark bars where text lines would be; no fonts needed (a fresh machine may have none)
            g.setColor(Color.DARK_GRAY);
            for (int y = 60; y < 440; y += 40) {
                g.fillRect(40, y, 200 + (y * 7) % 360, 18);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
