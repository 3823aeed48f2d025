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
package io.github.huaweiocr.camel.job;

import java.util.Arrays;

import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.input.ImageDownscaler;
import io.github.huaweiocr.camel.input.PageSelection;
import io.github.huaweiocr.camel.input.PdfPagePlan;
import io.github.huaweiocr.camel.input.PdfSource;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.ImageFormat;

/**
 * Decides, without doing any of it, what a typed input becomes: pages of a PDF, batch items, a downscaled image, a
 * presigned URL or downloaded bytes, or one call as it is. Pure: no I/O, no Reactor, no Camel, so every decision is
 * unit-tested on its own.
 */
public final class Planner {

    private final JobSettings settings;

    public Planner(JobSettings settings) {
        this.settings = settings;
    }

    /** The plan for one input of a message to {@code operation}. */
    public Plan plan(HuaweiOcrOperation operation, JobInput input) {
        if (input instanceof JobInput.Fields fields) {
            return new Plan.Call(null, fields.fields());
        }
        if (input instanceof JobInput.Batch batch) {
            return new Plan.Items(batch);
        }
        if (input instanceof JobInput.PdfFile file) {
            return new Plan.Pdf(file.pdf());
        }
        if (input instanceof JobInput.ObjectRef ref) {
            return new Plan.Fetch(ref.reference(), settings.obsInputMode());
        }
        return document(operation, ((JobInput.Document) input).source());
    }

    private Plan document(HuaweiOcrOperation operation, DocumentSource source) {
        if (!(source instanceof DocumentSource.Bytes bytes)) {
            return new Plan.Call(source, null);
        }
        if (bytes.format() == ImageFormat.PDF) {
            return new Plan.Pdf(new PdfSource.InMemory(exact(bytes)));
        }
        if (settings.autoDownscale()
                && ImageDownscaler.needsFitting(bytes.width(), bytes.height(), bytes.length(), operation)) {
            return new Plan.Downscale(bytes);
        }
        return new Plan.Call(bytes, null);
    }

    /**
     * The pages of a PDF of {@code pdfLength} bytes and {@code pageCount} pages to send.
     *
     * @throws io.github.huaweiocr.camel.error.HuaweiOcrInputException when the page selection does not fit the PDF
     */
    public Plan.Pages pages(HuaweiOcrOperation operation, long pdfLength, int pageCount) {
        PageSelection selection = PageSelection.parse(settings.pages(), pageCount, settings.maxPages());
        return new Plan.Pages(PdfPagePlan.of(operation, pdfLength), selection.pages(), pageCount);
    }

    /** The document's own bytes: a PDF reader and the downscaler need the whole array, not a range of it. */
    static byte[] exact(DocumentSource.Bytes bytes) {
        return bytes.offset() == 0 && bytes.length() == bytes.data().length ? bytes.data()
                : Arrays.copyOfRange(bytes.data(), bytes.offset(), bytes.offset() + bytes.length());
    }
}
