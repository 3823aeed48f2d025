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
package io.github.huaweiocr.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Supplier;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.input.ImageFormatDetector;
import io.github.huaweiocr.camel.input.PdfDocumentReader;
import io.github.huaweiocr.camel.input.PdfPageInput;
import io.github.huaweiocr.camel.input.PdfPagePlan;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * PDF handling on arbitrary bytes, along the producer's own path: open with PDFBox, then prepare page 1 both ways the
 * component does it, rendered to an image for an operation that takes no PDF and cut out as a one-page PDF for one
 * that does. Either the page comes out as a document the API accepts, or the PDF is refused with a
 * {@link HuaweiOcrInputException}. Any other exception, a hang (libFuzzer's per-input timeout) or running out of the
 * fork's bounded heap is a finding.
 */
class PdfRenderingFuzzTest {

    private static final FuzzExecutions EXECUTIONS = new FuzzExecutions("pdf-rendering");

    @AfterAll
    static void reportExecutions() throws IOException {
        EXECUTIONS.report();
    }

    /** An operation that needs PDF pages rendered, with a longest-side limit that bounds the rendered image. */
    private static final HuaweiOcrOperation RENDERED = Arrays.stream(HuaweiOcrOperation.values())
            .filter(op -> !op.acceptsPdf() && op.maxSide() > 0).findFirst().orElseThrow();
    /** An operation that reads PDFs itself; a large PDF is cut into one-page PDFs. */
    private static final HuaweiOcrOperation CUT = HuaweiOcrOperation.GENERAL_TEXT;

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION, maxExecutions = FuzzBudget.MAX_EXECUTIONS)
    void rendersPageOneOrRejectsThePdfAsInput(byte[] pdf) throws IOException {
        EXECUTIONS.ran();
        PdfDocumentReader reader;
        try {
            reader = PdfDocumentReader.open(pdf);
        } catch (HuaweiOcrInputException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            return;
        }
        try (reader) {
            assertThat(reader.pageCount()).isPositive();
            expectDocumentOrInputError(() -> PdfPagePlan.of(RENDERED, pdf.length)
                    .prepare(reader, pdf, 1, 150));
            // Forces the one-page cut-out whatever the PDF's size, as for a PDF over the 10 MB base64 limit.
            expectDocumentOrInputError(() -> PdfPagePlan.of(CUT, Long.MAX_VALUE / 2)
                    .prepare(reader, pdf, 1, 150));
        }
    }

    private static void expectDocumentOrInputError(Supplier<PdfPageInput> prepare) {
        PdfPageInput input;
        try {
            input = prepare.get();
        } catch (HuaweiOcrInputException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            return;
        }
        DocumentSource.Bytes page = input.source();
        assertThat(ImageFormatDetector.detect(page.data(), page.offset(), page.length())).contains(page.format());
    }
}
