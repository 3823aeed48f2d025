package io.github.huaweiocr.camel.result;

/** What the message body becomes after a successful call. */
public enum OutputType {
    /** The {@code result} as a {@code java.util.Map} (or a {@code java.util.List} for array-valued operations). */
    MAP,
    /** The {@code result} as JSON text. */
    JSON,
    /** The {@code result} as a Jackson {@code JsonNode}. */
    NODE,
    /** The recognised lines joined by newlines; only for operations that return lines of text. */
    TEXT,
    /**
     * The .xlsx the table APIs return ({@code return_excel} is requested): {@code byte[]}, or a {@code List<byte[]>}
     * when smart-document-recognizer found several tables.
     */
    EXCEL,
    /** The tables of the result as CSV text (RFC 4180), merged cells in their top-left position. */
    CSV
}
