package io.github.huaweiocr.camel.job;

import java.util.List;

import io.github.huaweiocr.camel.client.OcrCall;
import io.github.huaweiocr.camel.client.OcrResponse;

/** What the {@link Runner} gives the {@link Assembler}: one answer, the entries of a PDF's pages, or a batch's. */
public sealed interface Recognized permits Recognized.Single, Recognized.Paged, Recognized.Batched {

    /** One successful call. */
    record Single(OcrCall call, OcrResponse response) implements Recognized {
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
