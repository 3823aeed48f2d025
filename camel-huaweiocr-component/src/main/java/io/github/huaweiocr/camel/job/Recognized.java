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

import java.util.List;

import io.github.huaweiocr.camel.client.OcrCall;
import io.github.huaweiocr.camel.client.OcrResponse;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.ImageFormat;

/** What the {@link Runner} gives the {@link Assembler}: one answer, the entries of a PDF's pages, or a batch's. */
public sealed interface Recognized permits Recognized.Single, Recognized.Paged, Recognized.Batched {

    /**
     * One successful call: what the outcome needs of it, not the call itself, so the document sent (a page's image,
     * a cut-out page) is free for collection as soon as it is answered, not held until the last page of a PDF is.
     *
     * @param operation the operation that answered
     * @param format    the format of the bytes sent, or null for a URL or an operation without image
     */
    record Single(HuaweiOcrOperation operation, ImageFormat format, OcrResponse response) implements Recognized {

        /** The answer to {@code call}, keeping only what the outcome needs of the call. */
        public static Single of(OcrCall call, OcrResponse response) {
            return new Single(call.operation(),
                    call.document() instanceof DocumentSource.Bytes bytes ? bytes.format() : null, response);
        }
    }

    /** The pages of a PDF: one entry per call, failed pages kept in their entry. */
    record Paged(int pageCount, List<Entry> entries) implements Recognized {
    }

    /** The items of a batch, in input order, failed items kept in their entry. */
    record Batched(List<BatchEntry<Recognized>> entries) implements Recognized {
    }

    /**
     * One page (or one call for several pages) of a PDF.
     *
     * @param key   {@code page}, or {@code pages} when one call read several
     * @param id    the page number, or the list of page numbers
     * @param value what the call gave, or null when it failed
     * @param error why it failed, or null
     */
    record Entry(String key, Object id, Recognized value, Throwable error) {
    }
}
