package io.github.huaweiocr.camel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs generated with PDFBox for route tests. */
final class PdfPages {

    private PdfPages() {
    }

    /** {@code count} A4 pages reading "Page N". */
    static byte[] numbered(int count) {
        PDRectangle[] sizes = new PDRectangle[count];
        java.util.Arrays.fill(sizes, PDRectangle.A4);
        return build(sizes);
    }

    /** Three pages; the second is a 300 x 10 pt strip, too small for any OCR API when rendered at 72 dpi. */
    static byte[] withSmallSecondPage() {
        return build(PDRectangle.A6, new PDRectangle(300, 10), PDRectangle.A6);
    }

    private static byte[] build(PDRectangle... sizes) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int n = 1; n <= sizes.length; n++) {
                PDPage page = new PDPage(sizes[n - 1]);
                doc.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                    text.beginText();
                    text.setFont(font, Math.min(36, sizes[n - 1].getHeight() / 2));
                    text.newLineAtOffset(10, Math.max(2, sizes[n - 1].getHeight() - 60));
                    text.showText("Page " + n);
                    text.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
