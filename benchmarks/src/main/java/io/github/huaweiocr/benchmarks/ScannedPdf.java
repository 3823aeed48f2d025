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
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A PDF as an office scanner makes it: every page an A4 greyscale JPEG at 150 dpi (1240 x 1754 px, about 300 KB) of
 * lines of text on paper with grain, each page its own image (its number, its text and its grain differ), nothing
 * else on the page. Written at run time, one page image drawn at a time.
 */
final class ScannedPdf {

    static final int WIDTH = 1240;
    static final int HEIGHT = 1754;

    private ScannedPdf() {
    }

    /** Writes a document of {@code pages} pages to {@code file}; its size in bytes. */
    static long write(Path file, int pages) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        try (PDDocument document = new PDDocument()) {
            for (int p = 1; p <= pages; p++) {
                draw(image, p);
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject jpeg = JPEGFactory.createFromImage(document, image, 0.6f);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(jpeg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(file.toFile());
        }
        return Files.size(file);
    }

    private static void draw(BufferedImage image, int number) {
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(236, 236, 230));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Random grain = new Random(number);
            for (int i = 0; i < 4_000; i++) {
                int shade = 150 + grain.nextInt(80);
                g.setColor(new Color(shade, shade, shade));
                g.fillRect(grain.nextInt(WIDTH), grain.nextInt(HEIGHT), 1 + grain.nextInt(2), 1 + grain.nextInt(2));
            }
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(30, 30, 30));
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
            g.drawString("Scanned page " + number, 120, 160);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 20));
            for (int line = 0; line < 48; line++) {
                g.drawString("Line " + (line + 1) + " of page " + number + ": the quick brown fox jumps over the lazy"
                        + " dog " + Long.toHexString(grain.nextLong()), 120, 230 + line * 30);
            }
        } finally {
            g.dispose();
        }
    }
}
