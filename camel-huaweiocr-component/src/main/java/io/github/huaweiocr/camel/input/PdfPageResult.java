package io.github.huaweiocr.camel.input;

/**
 * The outcome of one PDF page: its page number and either its result or the typed error of its call. A failed page
 * keeps its place in the output; it is never dropped.
 *
 * @param pageNumber 1-based page number in the source document
 * @param result     the page's result, or null when its call failed
 * @param error      why the page failed, or null
 * @param <R>        result type
 */
public record PdfPageResult<R>(int pageNumber, R result, Throwable error) {

    /** The page's entry from the batch entry of its call; {@code pageNumber} is the page that call was for. */
    public static <R> PdfPageResult<R> of(int pageNumber, BatchEntry<R> entry) {
        return new PdfPageResult<>(pageNumber, entry.result(), entry.error());
    }

    /** Whether the page was recognised. */
    public boolean succeeded() {
        return error == null;
    }

    @Override
    public String toString() {
        return "PdfPageResult[page " + pageNumber + ", " + (succeeded() ? "result=" + result
                : "error=" + error.getClass().getSimpleName() + ": " + error.getMessage()) + "]";
    }
}
