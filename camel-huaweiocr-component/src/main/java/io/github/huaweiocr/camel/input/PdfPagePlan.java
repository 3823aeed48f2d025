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

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.operation.Limits;

/**
 * How the pages of a PDF reach one operation. Every synchronous Huawei OCR API reads one page per call, so a
 * multi-page PDF becomes one call per selected page, in one of these ways (spec section 5 and 6):
 * <ul>
 * <li>{@link Delivery#PDF_WITH_PAGE_PARAMETER}: the API reads PDF and takes the page in a request field
 * ({@code pdf_page_number}: general-text, seal, smart-document-recognizer, auto-classification; {@code page_num}:
 * vat-invoice, bank-receipt). The same PDF is sent for every page, only the page field changes.</li>
 * <li>{@link Delivery#SINGLE_PAGE_PDF}: the API reads PDF but only its first page (business-license, mvs-invoice),
 * or the whole PDF is over {@link #SAME_PDF_MAX_BYTES}: each page is cut out as its own one-page PDF.</li>
 * <li>{@link Delivery#WHOLE_DOCUMENT}: the API reads a multi-page PDF as one document (peru-id-card, whose front and
 * back may be two pages): one call with the selected pages.</li>
 * <li>{@link Delivery#RENDER}: the API does not read PDF: each page is rendered to an image with PDFBox.</li>
 * </ul>
 *
 * @param operation      the operation the pages are sent to
 * @param delivery       how each page is sent
 * @param pageParameter  the request field carrying the page number with {@link Delivery#PDF_WITH_PAGE_PARAMETER},
 *                       else null
 */
public record PdfPagePlan(HuaweiOcrOperation operation, Delivery delivery, String pageParameter) {

    /**
     * The largest PDF sent whole, with the page field, for every page (1 MiB). Sending it whole costs pages x size of
     * upload, base64 work and send buffers: nothing for a text PDF well under this size, whose cut-out pages would
     * each carry its fonts again; but a scanned PDF (an image per page) passes it within a few pages, and a 20-page
     * 6 MB scan sent whole for each page would upload 120 MB with 20 x 8 MB of base64 in flight. Above it every page
     * is cut out.
     */
    public static final long SAME_PDF_MAX_BYTES = 1024 * 1024;

    /** How a page is delivered to the API. */
    public enum Delivery {
        PDF_WITH_PAGE_PARAMETER, SINGLE_PAGE_PDF, WHOLE_DOCUMENT, RENDER
    }

    public PdfPagePlan {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(delivery, "delivery");
        if ((delivery == Delivery.PDF_WITH_PAGE_PARAMETER) != (pageParameter != null)) {
            throw new IllegalArgumentException("A page parameter goes with PDF_WITH_PAGE_PARAMETER and only with it");
        }
    }

    /**
     * Chooses the delivery for a PDF of {@code pdfLength} bytes.
     *
     * @param pdfLength the PDF's size: over {@link #SAME_PDF_MAX_BYTES} pages are cut out instead of sending it whole
     */
    public static PdfPagePlan of(HuaweiOcrOperation operation, long pdfLength) {
        return switch (operation.pdfHandling()) {
            case RENDER -> new PdfPagePlan(operation, Delivery.RENDER, null);
            case WHOLE_DOCUMENT -> new PdfPagePlan(operation, Delivery.WHOLE_DOCUMENT, null);
            // Sent whole once per page only while that costs little; always cut out over the base64 limit.
            case PAGE_FIELD -> pdfLength <= SAME_PDF_MAX_BYTES && Limits.fitsBase64(pdfLength)
                    ? new PdfPagePlan(operation, Delivery.PDF_WITH_PAGE_PARAMETER, operation.pdfPageField().orElseThrow())
                    : new PdfPagePlan(operation, Delivery.SINGLE_PAGE_PDF, null);
            case FIRST_PAGE -> new PdfPagePlan(operation, Delivery.SINGLE_PAGE_PDF, null);
        };
    }

    /** Whether the whole selection goes in one call instead of one call per page. */
    public boolean oneCallForAllPages() {
        return delivery == Delivery.WHOLE_DOCUMENT;
    }

    /**
     * The request fields that select page {@code pageNumber}: {@code {pdf_page_number: n}} or {@code {page_num: n}}
     * with {@link Delivery#PDF_WITH_PAGE_PARAMETER}, empty otherwise (a cut-out or rendered page is the whole input).
     */
    public Map<String, Object> pageParameters(int pageNumber) {
        return pageParameter == null ? Map.of() : Map.of(pageParameter, pageNumber);
    }

    /**
     * Prepares the call for one page.
     *
     * @param reader the open PDF
     * @param pdf    the PDF's bytes (sent as they are with {@link Delivery#PDF_WITH_PAGE_PARAMETER}), or null for a PDF
     *               read from a file, which is over {@link #SAME_PDF_MAX_BYTES} and so never sent that way
     * @param dpi    rendering resolution with {@link Delivery#RENDER}; lowered when the page would exceed the
     *               operation's longest side at it
     */
    public PdfPageInput prepare(PdfDocumentReader reader, byte[] pdf, int pageNumber, int dpi) {
        return switch (delivery) {
            case PDF_WITH_PAGE_PARAMETER -> new PdfPageInput(List.of(pageNumber), pdfSource(pdf),
                    pageParameters(pageNumber));
            case SINGLE_PAGE_PDF -> new PdfPageInput(List.of(pageNumber), pdfSource(reader.extractPage(pageNumber)),
                    Map.of());
            case WHOLE_DOCUMENT -> prepareAll(reader, pdf, List.of(pageNumber));
            case RENDER -> new PdfPageInput(List.of(pageNumber), render(reader, pageNumber, dpi), Map.of());
        };
    }

    /**
     * Prepares one call for every selected page, for {@link Delivery#WHOLE_DOCUMENT}.
     *
     * @param pdf the PDF's bytes, or null for a PDF read from a file (its pages are then cut out)
     */
    public PdfPageInput prepareAll(PdfDocumentReader reader, byte[] pdf, List<Integer> pages) {
        boolean everyPage = pages.size() == reader.pageCount();
        byte[] data = everyPage && pdf != null ? pdf : reader.extractPages(pages);
        return new PdfPageInput(pages, pdfSource(data), Map.of());
    }

    private DocumentSource.Bytes render(PdfDocumentReader reader, int pageNumber, int dpi) {
        int effectiveDpi = dpi;
        int maxSide = operation.maxSide();
        if (maxSide > 0) {
            int longSide = longSide(reader, pageNumber, dpi);
            if (longSide > maxSide) {
                effectiveDpi = Math.max(PdfDocumentReader.MIN_DPI, (int) Math.floor((double) dpi * maxSide / longSide));
                int lowest = longSide(reader, pageNumber, effectiveDpi);
                if (lowest > maxSide) {
                    throw new HuaweiOcrInputException("Page " + pageNumber + " of the PDF is " + lowest
                            + " px on its long side even at " + effectiveDpi + " dpi, over the " + maxSide + " px "
                            + operation.uriName() + " accepts. Check the page size of the document");
                }
            }
        }
        PdfPageImage image = reader.render(pageNumber, effectiveDpi, ImageFormat.PNG);
        // A detailed page can make a large PNG: fit it (JPEG at falling quality) rather than fail on the byte limit.
        return ImageDownscaler.fit(image.data(), image.format(), operation).toSource();
    }

    private static int longSide(PdfDocumentReader reader, int pageNumber, int dpi) {
        int[] size = reader.pixelSize(pageNumber, dpi);
        return Math.max(size[0], size[1]);
    }

    private static DocumentSource.Bytes pdfSource(byte[] pdf) {
        return new DocumentSource.Bytes(pdf, 0, pdf.length, ImageFormat.PDF, -1, -1);
    }
}
