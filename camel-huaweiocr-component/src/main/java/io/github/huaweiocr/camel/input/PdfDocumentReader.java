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
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.operation.ImageFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a PDF with PDFBox, from memory or from a file: page count, one page rendered to PNG or JPEG, or one page as
 * its own PDF.
 *
 * <p>A PDFBox document is not thread-safe, so the page operations are serialised on this reader; callers that
 * recognise pages in parallel still overlap rendering of one page with the OCR calls of the others. Close the reader
 * when every page is done.
 */
public final class PdfDocumentReader implements AutoCloseable {

    /** Lowest resolution accepted: below it small print is unreadable. */
    public static final int MIN_DPI = 50;
    /** Highest resolution accepted: above it pages exceed the pixel limits of most APIs. */
    public static final int MAX_DPI = 600;

    /**
     * The most pixels one page is rendered to (an A4 page at 600 dpi is 35 million): PDFBox allocates the whole
     * image at once, so a page with an absurd crop box must be refused before rendering, not found by running out of
     * heap.
     */
    public static final long MAX_RENDER_PIXELS = 40_000_000L;

    private static final float POINTS_PER_INCH = 72f;

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfDocumentReader(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /**
     * Opens a PDF held in memory; the array is read, not copied.
     *
     * @throws HuaweiOcrInputException when the bytes are not a readable PDF or the PDF needs a password
     */
    public static PdfDocumentReader open(byte[] pdf) {
        try {
            return checked(Loader.loadPDF(pdf));
        } catch (InvalidPasswordException e) {
            throw passwordProtected(e);
        } catch (IOException e) {
            throw new HuaweiOcrInputException("The body is not a readable PDF: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a PDF file, read from disk as its pages are used: a large scanned document is never held whole in the
     * heap. The file stays open until {@link #close()}.
     *
     * @throws HuaweiOcrInputException when the file is missing, not a readable PDF, or needs a password
     */
    public static PdfDocumentReader open(Path file) {
        try {
            return checked(Loader.loadPDF(file.toFile()));
        } catch (InvalidPasswordException e) {
            throw passwordProtected(e);
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new HuaweiOcrInputException("The file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new HuaweiOcrInputException("The file " + file + " is not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static PdfDocumentReader checked(PDDocument document) throws IOException {
        if (document.getNumberOfPages() == 0) {
            document.close();
            throw new HuaweiOcrInputException("The PDF has no pages");
        }
        return new PdfDocumentReader(document);
    }

    private static HuaweiOcrInputException passwordProtected(InvalidPasswordException e) {
        return new HuaweiOcrInputException("The PDF is password-protected: decrypt it before recognition", e);
    }

    /** Number of pages in the document. */
    public int pageCount() {
        return document.getNumberOfPages();
    }

    /**
     * The pixel size page {@code pageNumber} gets at {@code dpi}, without rendering it (from its crop box and
     * rotation).
     *
     * @return {@code [width, height]}
     */
    public synchronized int[] pixelSize(int pageNumber, int dpi) {
        PDPage page = page(pageNumber);
        PDRectangle box = page.getCropBox();
        float scale = dpi / POINTS_PER_INCH;
        // Truncated as PDFRenderer does, so the size matches the rendered image exactly.
        int w = Math.max(1, (int) Math.floor(box.getWidth() * scale));
        int h = Math.max(1, (int) Math.floor(box.getHeight() * scale));
        return page.getRotation() % 180 == 0 ? new int[] {w, h} : new int[] {h, w};
    }

    /**
     * Renders one page.
     *
     * @param pageNumber 1-based
     * @param dpi        {@value #MIN_DPI} to {@value #MAX_DPI}
     * @param format     {@link ImageFormat#PNG} (lossless, larger) or {@link ImageFormat#JPEG} (quality 0.9)
     */
    public synchronized PdfPageImage render(int pageNumber, int dpi, ImageFormat format) {
        checkDpi(dpi);
        page(pageNumber);
        if (format != ImageFormat.PNG && format != ImageFormat.JPEG) {
            throw new IllegalArgumentException("PDF pages render to PNG or JPEG, not " + format);
        }
        int[] size = pixelSize(pageNumber, dpi);
        if ((long) size[0] * size[1] > MAX_RENDER_PIXELS) {
            throw new HuaweiOcrInputException("Page " + pageNumber + " of the PDF would be " + size[0] + " x " + size[1]
                    + " px at " + dpi + " dpi, over the " + MAX_RENDER_PIXELS / 1_000_000
                    + " megapixels a page is rendered to. Lower pdfDpi, or check the page size of the document");
        }
        try {
            BufferedImage image = renderer.renderImageWithDPI(pageNumber - 1, dpi, ImageType.RGB);
            byte[] data = ImageDownscaler.encode(image, format, ImageDownscaler.DEFAULT_JPEG_QUALITY);
            return new PdfPageImage(pageNumber, data, format, image.getWidth(), image.getHeight(), dpi);
        } catch (IOException e) {
            throw new HuaweiOcrInputException("Cannot render page " + pageNumber + " of the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * Page {@code pageNumber} as a one-page PDF, for APIs that read only the first page of a PDF and for PDFs too
     * large to send whole. The same page always gives the same bytes.
     */
    public synchronized byte[] extractPage(int pageNumber) {
        PDPage page = page(pageNumber);
        try (PDDocument single = new PDDocument()) {
            single.importPage(page);
            return save(single, String.valueOf(pageNumber));
        } catch (IOException e) {
            throw new HuaweiOcrInputException("Cannot extract page " + pageNumber + " of the PDF: " + e.getMessage(), e);
        }
    }

    /** The listed pages, in the given order, as one PDF. */
    public synchronized byte[] extractPages(Iterable<Integer> pageNumbers) {
        try (PDDocument part = new PDDocument()) {
            StringBuilder which = new StringBuilder();
            for (int p : pageNumbers) {
                part.importPage(page(p));
                which.append(p).append(',');
            }
            return save(part, which.toString());
        } catch (IOException e) {
            throw new HuaweiOcrInputException("Cannot extract pages of the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * Saves a part cut out of this document with an identifier derived from this document's and the pages': PDFBox
     * would otherwise stamp the time into it, and a retry, a redelivery or anything keyed by the content (an
     * idempotent repository, a cache) would see a different document each time.
     */
    private byte[] save(PDDocument part, String pages) throws IOException {
        MessageDigest digest = sha256();
        COSArray sourceId = document.getDocument().getTrailer().getCOSArray(COSName.ID);
        if (sourceId != null && sourceId.size() > 0 && sourceId.getObject(0) instanceof COSString id) {
            digest.update(id.getBytes());
        }
        digest.update(pages.getBytes(StandardCharsets.US_ASCII));
        byte[] id = Arrays.copyOf(digest.digest(), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        part.getDocument().getTrailer().setItem(COSName.ID, ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.save(out);
        return out.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private PDPage page(int pageNumber) {
        int count = document.getNumberOfPages();
        if (pageNumber < 1 || pageNumber > count) {
            throw new HuaweiOcrInputException("Page " + pageNumber + " does not exist: the PDF has " + count
                    + (count == 1 ? " page" : " pages"));
        }
        try {
            return document.getPage(pageNumber - 1);
        } catch (RuntimeException e) {
            // PDFBox reports a page tree that counts pages it does not hold with IllegalStateException.
            throw new HuaweiOcrInputException("Page " + pageNumber + " of the PDF cannot be read: its page tree is"
                    + " damaged (" + e.getMessage() + "). Repair or re-export the document", e);
        }
    }

    private static void checkDpi(int dpi) {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("pdfDpi must be between " + MIN_DPI + " and " + MAX_DPI + ", got " + dpi);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        document.close();
    }
}
