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
package io.github.huaweiocr.reliability.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;

/**
 * Small PNG documents that differ from one another: document {@code n} encodes {@code n} in its pixels, so every
 * document has its own body hash at the emulator, and a repeated hash can only be the same document sent again.
 */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A 32x24 PNG whose first row holds the bits of {@code n}. */
    public static byte[] png(int n) {
        return png(n, 32, 24);
    }

    /** A PNG of the given size (width at least 32) whose first row starts with the bits of {@code n}. */
    public static byte[] png(int n, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            int bit = x < 32 ? (n >>> x) & 1 : 0;
            image.setRGB(x, 0, bit == 1 ? 0xFFFFFF : 0x000000);
        }
        for (int y = 1; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0xF0F0F0);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The name under which document {@code n} is dropped into an inbox. */
    public static String name(int n) {
        return String.format("doc-%06d.png", n);
    }

    /**
     * Drops {@code data} into {@code inbox} as {@code name}: written under a hidden name, then renamed, so that a file
     * consumer (which skips hidden files) never reads it half-written.
     */
    public static void drop(Path inbox, String name, byte[] data) throws IOException {
        Path hidden = inbox.resolve("." + name);
        Files.write(hidden, data);
        Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Creates {@code bucket} and uploads documents 0 to {@code count - 1} into it as {@code incoming/<name>}, each a
     * 200 x 150 PNG (vat-invoice takes images of at least 100 px on their shortest side).
     *
     * @return the objects' keys
     */
    public static Set<String> uploadInvoices(MinioClient s3, String bucket, int count) throws Exception {
        s3.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        Set<String> keys = new TreeSet<>();
        for (int n = 0; n < count; n++) {
            String key = "incoming/" + name(n);
            byte[] png = png(n, 200, 150);
            s3.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                    .stream(new ByteArrayInputStream(png), png.length, -1).contentType("image/png").build());
            keys.add(key);
        }
        return keys;
    }
}

