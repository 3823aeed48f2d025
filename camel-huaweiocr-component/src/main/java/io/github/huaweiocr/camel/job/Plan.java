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
import java.util.Map;

import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.input.PdfPagePlan;
import io.github.huaweiocr.camel.input.PdfSource;
import io.github.huaweiocr.camel.obs.ObjectReference;
import io.github.huaweiocr.camel.obs.ObsInputMode;

/** What the {@link Runner} does for one input, as the {@link Planner} decided it. */
public sealed interface Plan permits Plan.Call, Plan.Downscale, Plan.Pdf, Plan.Fetch, Plan.Items {

    /**
     * One call with the document as it is.
     *
     * @param document   the document, or null for an operation that reads none
     * @param bodyFields request fields from the body of an operation without image
     */
    record Call(DocumentSource document, Map<String, ?> bodyFields) implements Plan {
    }

    /** One call with the image shrunk to the operation's limits first (CPU work, off the event loop). */
    record Downscale(DocumentSource.Bytes image) implements Plan {
    }

    /**
     * A PDF, in memory or on disk: opened to count its pages, then planned page by page with {@link Planner#pages};
     * a page is cut out or rendered only when its call is about to start.
     */
    record Pdf(PdfSource source) implements Plan {
    }

    /** An object: presigned or downloaded, then planned again as the document it gives. */
    record Fetch(ObjectReference reference, ObsInputMode mode) implements Plan {
    }

    /** Every item of a batch, each planned on its own, within the concurrency limit. */
    record Items(JobInput.Batch batch) implements Plan {
    }

    /**
     * The calls for the selected pages of a PDF.
     *
     * @param delivery  how each page reaches the API
     * @param pages     the selected page numbers, in order
     * @param pageCount the pages the PDF has
     */
    record Pages(PdfPagePlan delivery, List<Integer> pages, int pageCount) {

        /** Whether the whole selection goes in one call instead of one call per page. */
        public boolean oneCall() {
            return delivery.oneCallForAllPages();
        }
    }
}
