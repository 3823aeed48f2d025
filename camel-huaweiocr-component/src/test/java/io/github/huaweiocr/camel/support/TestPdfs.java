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

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs generated with PDFBox for the tests: pages reading "Page N". */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** {@code count} A4 pages reading "Page N". */
    public static byte[] pages(int count) {
        PDRectangle[] sizes = new PDRectangle[count];
        Arrays.fill(sizes, PDRectangle.A4);
        return build(sizes);
    }

    /** Three pages; the second is a 300 x 10 pt strip, too small for any OCR API when rendered at 72 dpi. */
    public static byte[] withSmallSecondPage() {
        return build(PDRectangle.A6, new PDRectangle(300, 10), PDRectangle.A6);
    }

    /** One A0 page reading "Page 1": about 35 megapixels, 140 MB as an RGB image, when rendered at 150 dpi. */
    public static byte[] a0Page() {
        return build(PDRectangle.A0);
    }

    /** One A4 page, encrypted with a user password. */
    public static byte[] encrypted() {
        return save(1, doc -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
        });
    }

    /** One A4 page rotated by 90 degrees, shown in landscape. */
    public static byte[] rotatedPage() {
        return save(1, doc -> doc.getPage(0).setRotation(90));
    }

    /** One empty page whose crop box is {@code widthPoints} wide and 10 points high (a banner no printer would make). */
    public static byte[] pageOfWidth(float widthPoints) {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(widthPoints, 10)));
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code count} A4 pages to {@code file}, each a greyscale JPEG of its own noise (as incompressible as a
     * scan gets: about 0.35 MB a page at 800 px, 90 KB at 400 px), built page by page so a large document is never
     * held whole; returns the file's size.
     *
     * @param side the image's width and height in pixels
     */
    public static long scanned(Path file, int count, int side) {
        try (PDDocument doc = new PDDocument()) {
            Random noise = new Random(count);
            BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
            byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int p = 0; p < count; p++) {
                noise.nextBytes(pixels);
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject jpeg = JPEGFactory.createFromImage(doc, image, 0.9f);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(jpeg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(file.toFile());
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Change {
        void apply(PDDocument doc) throws IOException;
    }

    private static byte[] save(int count, Change change) {
        PDRectangle[] sizes = new PDRectangle[count];
        Arrays.fill(sizes, PDRectangle.A4);
        try (PDDocument doc = document(sizes)) {
            change.apply(doc);
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] build(PDRectangle... sizes) {
        try (PDDocument doc = document(sizes)) {
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDDocument document(PDRectangle... sizes) throws IOException {
        PDDocument doc = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        for (int n = 1; n <= sizes.length; n++) {
            PDRectangle size = sizes[n - 1];
            PDPage page = new PDPage(size);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(font, Math.min(48, size.getHeight() / 2));
                text.newLineAtOffset(Math.min(72, size.getWidth() / 10), Math.max(2, size.getHeight() - 140));
                text.showText("Page " + n);
                text.endText();
            }
        }
        return doc;
    }

    private static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /**
     * The temporary copies of PDFs larger than one call (streams and downloaded objects, {@code huaweiocr-*.pdf}) now in
     * the JVM's temporary folder.
     */
    public static Set<Path> spooledCopies() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("huaweiocr-")
                    && f.getFileName().toString().endsWith(".pdf")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
