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

/**
 * What one OCR call receives for a PDF page (or, with {@link PdfPagePlan.Delivery#WHOLE_DOCUMENT}, for all selected
 * pages): the document and the request fields that go with it.
 *
 * @param pages      the 1-based page numbers this call covers (one page, except for a whole-document call)
 * @param source     the PDF, one-page PDF or rendered image to send
 * @param parameters extra request fields, e.g. {@code pdf_page_number}; merged over the endpoint's parameters
 */
public record PdfPageInput(List<Integer> pages, DocumentSource.Bytes source, Map<String, Object> parameters) {

    public PdfPageInput {
        pages = List.copyOf(pages);
        Objects.requireNonNull(source, "source");
        parameters = Map.copyOf(parameters);
    }

    /** The first page this call covers: the page number to report in its result entry. */
    public int pageNumber() {
        return pages.get(0);
    }
}
