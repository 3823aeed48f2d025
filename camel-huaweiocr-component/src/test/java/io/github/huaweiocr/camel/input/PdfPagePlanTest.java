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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.support.TestPdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.huaweiocr.camel.input.PdfPagePlan.Delivery.PDF_WITH_PAGE_PARAMETER;
import static io.github.huaweiocr.camel.input.PdfPagePlan.Delivery.RENDER;
import static io.github.huaweiocr.camel.input.PdfPagePlan.Delivery.SINGLE_PAGE_PDF;
import static io.github.huaweiocr.camel.input.PdfPagePlan.Delivery.WHOLE_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfPagePlanTest {

    private static final long SMALL = 100_000;
    private static byte[] twelvePages;

    @BeforeAll
    static void generate() throws IOException {
        twelvePages = TestPdfs.pages(12);
    }

    @Test
    void apisWithAPageFieldGetThePdfAndTheirOwnPageField() {
        assertThat(plan(HuaweiOcrOperation.GENERAL_TEXT)).isEqualTo(native_(HuaweiOcrOperation.GENERAL_TEXT, "pdf_page_number"));
        assertThat(plan(HuaweiOcrOperation.SMART_DOCUMENT_RECOGNIZER).pageParameter()).isEqualTo("pdf_page_number");
        assertThat(plan(HuaweiOcrOperation.AUTO_CLASSIFICATION).pageParameter()).isEqualTo("pdf_page_number");
        assertThat(plan(HuaweiOcrOperation.SEAL).pageParameter()).isEqualTo("pdf_page_number");
        assertThat(plan(HuaweiOcrOperation.VAT_INVOICE).pageParameter()).isEqualTo("page_num");
        assertThat(plan(HuaweiOcrOperation.BANK_RECEIPT).pageParameter()).isEqualTo("page_num");
        assertThat(plan(HuaweiOcrOperation.VAT_INVOICE).pageParameters(4)).isEqualTo(Map.of("page_num", 4));
    }

    @Test
    void firstPageOnlyApisGetEachPageAsItsOwnPdf() {
        assertThat(plan(HuaweiOcrOperation.BUSINESS_LICENSE).delivery()).isEqualTo(SINGLE_PAGE_PDF);
        assertThat(plan(HuaweiOcrOperation.MVS_INVOICE).delivery()).isEqualTo(SINGLE_PAGE_PDF);
        assertThat(plan(HuaweiOcrOperation.MVS_INVOICE).pageParameters(3)).isEmpty();
    }

    @Test
    void peruIdCardReadsTheSelectedPagesAsOneDocument() {
        assertThat(plan(HuaweiOcrOperation.PERU_ID_CARD).delivery()).isEqualTo(WHOLE_DOCUMENT);
        assertThat(plan(HuaweiOcrOperation.PERU_ID_CARD).oneCallForAllPages()).isTrue();
    }

    @Test
    void aPdfOverOneMebibyteIsCutIntoPagesRatherThanSentWholeForEveryPage() {
        assertThat(PdfPagePlan.of(HuaweiOcrOperation.GENERAL_TEXT, PdfPagePlan.SAME_PDF_MAX_BYTES).delivery())
                .isEqualTo(PDF_WITH_PAGE_PARAMETER);
        assertThat(PdfPagePlan.of(HuaweiOcrOperation.GENERAL_TEXT, PdfPagePlan.SAME_PDF_MAX_BYTES + 1).delivery())
                .isEqualTo(SINGLE_PAGE_PDF);
        assertThat(PdfPagePlan.of(HuaweiOcrOperation.VAT_INVOICE, 5L * 1024 * 1024).delivery())
                .isEqualTo(SINGLE_PAGE_PDF);
    }

    @Test
    void apisWithoutPdfSupportGetRenderedPages() {
        assertThat(plan(HuaweiOcrOperation.GENERAL_TABLE).delivery()).isEqualTo(RENDER);
        assertThat(plan(HuaweiOcrOperation.ID_CARD).delivery()).isEqualTo(RENDER);
        assertThat(plan(HuaweiOcrOperation.FINANCIAL_STATEMENT).delivery()).isEqualTo(RENDER);
    }

    @Test
    void aPdfOverTheBase64LimitIsCutIntoPagesEvenForApisWithAPageField() {
        long elevenMegabytes = 11L * 1024 * 1024;
        assertThat(PdfPagePlan.of(HuaweiOcrOperation.GENERAL_TEXT, elevenMegabytes).delivery()).isEqualTo(SINGLE_PAGE_PDF);
    }

    @Test
    void preparesEachDeliveryForAPageOfATwelvePagePdf() throws IOException {
        try (PdfDocumentReader reader = PdfDocumentReader.open(twelvePages)) {
            PdfPageInput asIs = plan(HuaweiOcrOperation.GENERAL_TEXT).prepare(reader, twelvePages, 3, 150);
            assertThat(asIs.source().data()).isSameAs(twelvePages);
            assertThat(asIs.source().format()).isEqualTo(ImageFormat.PDF);
            assertThat(asIs.parameters()).isEqualTo(Map.of("pdf_page_number", 3));
            assertThat(asIs.pageNumber()).isEqualTo(3);

            PdfPageInput cut = plan(HuaweiOcrOperation.BUSINESS_LICENSE).prepare(reader, twelvePages, 8, 150);
            assertThat(text(cut.source().data()).strip()).isEqualTo("Page 8");
            assertThat(cut.parameters()).isEmpty();

            PdfPageInput rendered = plan(HuaweiOcrOperation.GENERAL_TABLE).prepare(reader, twelvePages, 2, 150);
            assertThat(rendered.source().format()).isEqualTo(ImageFormat.PNG);
            assertThat(rendered.source().width()).isEqualTo(1240);
            assertThat(rendered.source().height()).isEqualTo(1753);
        }
    }

    @Test
    void renderingLowersTheDpiWhenThePageWouldExceedTheLongestSide() throws IOException {
        try (PdfDocumentReader reader = PdfDocumentReader.open(twelvePages)) {
            // license-plate takes at most 4096 px; an A4 page at 600 dpi would be 7016 px high.
            PdfPageInput rendered = plan(HuaweiOcrOperation.LICENSE_PLATE).prepare(reader, twelvePages, 1, 600);
            assertThat(rendered.source().height()).isLessThanOrEqualTo(4096).isGreaterThan(4000);
            assertThat(rendered.source().width()).isLessThan(rendered.source().height());
        }
    }

    @Test
    void aPageTooLongEvenAtTheLowestDpiIsRefusedWithoutRendering() throws IOException {
        // 2,000,000 points wide: 1.4 million px at the 50 dpi floor, far over id-card's 8192 px.
        byte[] banner = TestPdfs.pageOfWidth(2_000_000);
        try (PdfDocumentReader reader = PdfDocumentReader.open(banner)) {
            assertThatThrownBy(() -> plan(HuaweiOcrOperation.ID_CARD).prepare(reader, banner, 1, 150))
                    .isInstanceOf(HuaweiOcrInputException.class)
                    .hasMessageContaining("Page 1 of the PDF is 1388888 px on its long side even at 50 dpi")
                    .hasMessageContaining("over the 8192 px idCard accepts");
        }
    }

    @Test
    void wholeDocumentCallsCarryOnlyTheSelectedPages() throws IOException {
        try (PdfDocumentReader reader = PdfDocumentReader.open(twelvePages)) {
            PdfPagePlan peru = plan(HuaweiOcrOperation.PERU_ID_CARD);
            PdfPageInput two = peru.prepareAll(reader, twelvePages, List.of(1, 2));
            assertThat(two.pages()).containsExactly(1, 2);
            assertThat(text(two.source().data())).contains("Page 1").contains("Page 2").doesNotContain("Page 3");
            assertThat(peru.prepareAll(reader, twelvePages, PageSelection.parse(null, 12, 0).pages()).source().data())
                    .isSameAs(twelvePages);
        }
    }

    private static PdfPagePlan plan(HuaweiOcrOperation op) {
        return PdfPagePlan.of(op, SMALL);
    }

    private static PdfPagePlan native_(HuaweiOcrOperation op, String field) {
        return new PdfPagePlan(op, PDF_WITH_PAGE_PARAMETER, field);
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
