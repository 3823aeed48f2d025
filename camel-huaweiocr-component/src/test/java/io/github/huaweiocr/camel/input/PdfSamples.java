package io.github.huaweiocr.camel.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs generated with PDFBox for the tests: A4 pages reading "Page N". */
final class PdfSamples {

    private PdfSamples() {
    }

    static byte[] pages(int count) throws IOException {
        try (PDDocument doc = document(count)) {
            return save(doc);
        }
    }

    static byte[] encrypted() throws IOException {
        try (PDDocument doc = document(1)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    /** One A4 page rotated by 90 degrees, shown in landscape. */
    static byte[] rotatedPage() throws IOException {
        try (PDDocument doc = document(1)) {
            doc.getPage(0).setRotation(90);
            return save(doc);
        }
    }

    /** One page whose crop box is {@code widthPoints} wide and 10 points high (a banner no printer would make). */
    static byte[] pageOfWidth(float widthPoints) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(widthPoints, 10)));
            return save(doc);
        }
    }

    private static PDDocument document(int count) throws IOException {
        PDDocument doc = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        for (int n = 1; n <= count; n++) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(font, 48);
                text.newLineAtOffset(72, 700);
                text.showText("Page " + n);
                text.endText();
            }
        }
        return doc;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
