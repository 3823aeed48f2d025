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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.support.TestPdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfDocumentReaderTest {

    private static byte[] twelvePages;

    @BeforeAll
    static void generate() throws IOException {
        twelvePages = TestPdfs.pages(12);
    }

    @Test
    void aPageTreeThatCountsAPageItDoesNotHoldIsATypedInputError() throws IOException {
        // Found by fuzzing (reliability module): PDFBox throws IllegalStateException for such a page.
        byte[] damaged;
        try (var in = getClass().getResourceAsStream("/pdf/page-tree-counts-a-page-it-does-not-hold.pdf")) {
            damaged = in.readAllBytes();
        }
        try (PdfDocumentReader reader = PdfDocumentReader.open(damaged)) {
            assertThatThrownBy(() -> reader.render(1, 150, ImageFormat.PNG))
                    .isInstanceOf(HuaweiOcrInputException.class)
                    .hasMessageContaining("Page 1 of the PDF cannot be read: its page tree is damaged");
        }
    }

    @Test
    void aPageOverTheRenderingBudgetIsRefusedBeforePdfBoxAllocatesIt() throws IOException {
        // 200,000 points wide and 10 high: 416,666 x 20 px at 150 dpi is only 8.3 megapixels, but at 600 dpi it is
        // 1,666,666 x 83 = 138 megapixels.
        byte[] banner = TestPdfs.pageOfWidth(200_000);
        try (PdfDocumentReader reader = PdfDocumentReader.open(banner)) {
            assertThat(reader.render(1, 150, ImageFormat.PNG).width()).isEqualTo(416_666);
            assertThatThrownBy(() -> reader.render(1, 600, ImageFormat.PNG))
                    .isInstanceOf(HuaweiOcrInputException.class)
                    .hasMessageContaining("Page 1 of the PDF would be 1666666 x 83 px at 600 dpi, over the 40 megapixels");
        }
    }

    @Test
    void countsThePagesOfATwelvePagePdf() throws IOException {
        try (PdfDocumentReader reader = PdfDocumentReader.open(twelvePages)) {
            assertThat(reader.pageCount()).isEqualTo(12);
        }
    }

    @Test
    void rendersAnA4PageAt150DpiToAPngOf1240By1753Pixels() throws IOException {
        try (PdfDocumentReader reader = PdfDocumentReader.open(twelvePages)) {
            PdfPageImage page = reader.render(5, 150, ImageFormat.PNG);

            assertThat(page.pageNumber()).isEqualTo(5);
            assertThat(page.data()).startsWith(0x89, 'P', 'N', 'G');
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(page.data()));
            assertThat(decoded.getWidth()).isEqualTo(1240).isEqualTo(page.width());
            assertThat(decoded.getHeight()).isEqualTo(1753).isEqualTo(page.height());
            assertThat(reader.pixelSize(5, 150)).containsExactly(1240, 1753);
            // The text is drawn: the rendered page is not blank.
            assertThat(hasDarkPixel(decoded)).isTrue();
        }
    }

    @Test
    void rendersToJpegAtTheRequestedDpi() throws IOException {
        try (PdfDocumentReader reader = PdfDocumentReader.open(twelvePages)) {
            PdfPageImage page = reader.render(12, 72, ImageFormat.JPEG);

            assertThat(page.data()).startsWith(0xFF, 0xD8, 0xFF);
            assertThat(page.format()).isEqualTo(ImageFormat.JPEG);
            assertThat(page.width()).isEqualTo(595);
            assertThat(page.height()).isEqualTo(841);
            assertThat(page.toSource().format()).isEqualTo(ImageFormat.JPEG);
        }
    }

    @Test
    void aRotatedPageIsRenderedAndSizedInItsDisplayedOrientation() throws IOException {
        try (PdfDocumentReader reader = PdfDocumentReader.open(TestPdfs.rotatedPage())) {
            PdfPageImage page = reader.render(1, 150, ImageFormat.PNG);

            assertThat(page.width()).isEqualTo(1753);
            assertThat(page.height()).isEqualTo(1240);
            assertThat(reader.pixelSize(1, 150)).containsExactly(1753, 1240);
        }
    }

    @Test
    void extractsOnePageAsItsOwnPdf() throws IOException {
        try (PdfDocumentReader reader = PdfDocumentReader.open(twelvePages)) {
            byte[] single = reader.extractPage(7);

            assertThat(new String(single, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PDDocument doc = Loader.loadPDF(single)) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                assertThat(new PDFTextStripper().getText(doc).strip()).isEqualTo("Page 7");
            }
            try (PDDocument doc = Loader.loadPDF(reader.extractPages(List.of(2, 9)))) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Page 2").contains("Page 9")
                        .doesNotContain("Page 3");
            }
        }
    }

    @Test
    void theSamePageCutOutTwiceIsTheSameBytesAndDifferentPagesDiffer() throws IOException {
        try (PdfDocumentReader reader = PdfDocumentReader.open(twelvePages);
             PdfDocumentReader again = PdfDocumentReader.open(twelvePages)) {
            assertThat(again.extractPage(4)).isEqualTo(reader.extractPage(4));
            assertThat(reader.extractPages(List.of(2, 9))).isEqualTo(again.extractPages(List.of(2, 9)));
            assertThat(reader.extractPage(5)).isNotEqualTo(reader.extractPage(4));
        }
    }

    @Test
    void readsAPdfFileFromDiskAndCutsOutTheSamePagesAsFromMemory(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("twelve.pdf");
        Files.write(file, twelvePages);

        try (PdfDocumentReader fromDisk = PdfDocumentReader.open(file);
             PdfDocumentReader inMemory = PdfDocumentReader.open(twelvePages)) {
            assertThat(fromDisk.pageCount()).isEqualTo(12);
            assertThat(fromDisk.extractPage(11)).isEqualTo(inMemory.extractPage(11));
        }
        assertThatThrownBy(() -> PdfDocumentReader.open(dir.resolve("missing.pdf")))
                .isInstanceOf(HuaweiOcrInputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aPageOutsideTheDocumentIsAnInputError() throws IOException {
        try (PdfDocumentReader reader = PdfDocumentReader.open(twelvePages)) {
            assertThatThrownBy(() -> reader.render(13, 150, ImageFormat.PNG))
                    .isInstanceOf(HuaweiOcrInputException.class).hasMessageContaining("the PDF has 12 pages");
            assertThatThrownBy(() -> reader.extractPage(0)).hasMessageContaining("Page 0 does not exist");
        }
    }

    @Test
    void dpiOutsideTheSupportedRangeIsRefused() throws IOException {
        try (PdfDocumentReader reader = PdfDocumentReader.open(twelvePages)) {
            assertThatThrownBy(() -> reader.render(1, 1200, ImageFormat.PNG)).hasMessageContaining("pdfDpi");
            assertThatThrownBy(() -> reader.render(1, 150, ImageFormat.GIF)).hasMessageContaining("PNG or JPEG");
        }
    }

    @Test
    void refusesBytesThatAreNotAPdfAndPasswordProtectedPdfs() throws IOException {
        assertThatThrownBy(() -> PdfDocumentReader.open("hello".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(HuaweiOcrInputException.class).hasMessageContaining("not a readable PDF");
        byte[] encrypted = TestPdfs.encrypted();
        assertThatThrownBy(() -> PdfDocumentReader.open(encrypted))
                .isInstanceOf(HuaweiOcrInputException.class).hasMessageContaining("password-protected");
    }

    private static boolean hasDarkPixel(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFF) < 64) {
                    return true;
                }
            }
        }
        return false;
    }
}
