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
package io.github.huaweiocr.camel;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;
import org.apache.camel.support.ExpressionAdapter;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.DocumentReader;
import io.github.huaweiocr.camel.input.PageSelection;
import io.github.huaweiocr.camel.input.PdfDocumentReader;

/**
 * The Camel way to recognise a PDF whose whole result is the wrong shape for one message (thousands of pages,
 * results that leave page by page): a split expression that gives one exchange per page, in page order, cutting each
 * page out only when the splitter asks for it.
 *
 * <pre>
 * from("file:scans?include=.*\\.pdf")
 *     .split(HuaweiOcrPdfPages.pages()).streaming()
 *         .to("huaweiocr:generalText?...")
 *         .to("jms:queue:pages");       // header CamelHuaweiOcrPdfPage: the page's number in the document
 * </pre>
 *
 * Each page exchange's body is the page as a one-page PDF ({@code byte[]}), with the original message's headers and
 * {@link HuaweiOcrConstants#PDF_PAGE}. A File, Path or Camel file body is read from disk as pages are cut out, never
 * whole into the heap; any other body is read as the producer reads a body. With {@code streaming()} only the pages
 * being routed are in memory. The document is closed when the split ends, also when it stops early (the iterator is
 * {@link Closeable}, which Camel's splitter honours). {@code maxPages} does not apply: each exchange is one page.
 */
public final class HuaweiOcrPdfPages {

    private HuaweiOcrPdfPages() {
    }

    /** Every page of the body's PDF, one message each, in page order. */
    public static Expression pages() {
        return pages(null);
    }

    /**
     * The selected pages of the body's PDF, one message each, in page order.
     *
     * @param selection 1-based pages as the {@code pages} option takes them ({@code 1-3,5}, {@code 7-}); null or
     *                  blank for every page
     * @throws IllegalArgumentException when the selection is malformed
     */
    public static Expression pages(String selection) {
        try {
            PageSelection.checkSyntax(selection);
        } catch (HuaweiOcrInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new ExpressionAdapter() {
            @Override
            public Object evaluate(Exchange exchange) {
                PdfDocumentReader reader = DocumentReader.pdf(ExchangeBinding.settled(exchange.getMessage().getBody(),
                        exchange)).open();
                try {
                    List<Integer> pages = PageSelection.parse(selection, reader.pageCount(), 0).pages();
                    return new Pages(exchange, reader, pages);
                } catch (RuntimeException e) {
                    close(reader);
                    throw e;
                }
            }

            @Override
            public String toString() {
                return "huaweiocrPdfPages(" + (selection == null || selection.isBlank() ? "all" : selection) + ")";
            }
        };
    }

    private static void close(PdfDocumentReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // Only buffers and a file handle are released; the split has nothing more to read from it.
        }
    }

    /** Cuts out one page per {@link #next()}, as a message that keeps the original headers. */
    private static final class Pages implements Iterator<Message>, Closeable {

        private final Exchange exchange;
        private final PdfDocumentReader reader;
        private final Iterator<Integer> pages;

        Pages(Exchange exchange, PdfDocumentReader reader, List<Integer> pages) {
            this.exchange = exchange;
            this.reader = reader;
            this.pages = pages.iterator();
        }

        @Override
        public boolean hasNext() {
            return pages.hasNext();
        }

        @Override
        public Message next() {
            if (!hasNext()) {
                throw new NoSuchElementException("every selected page of the PDF has been split off");
            }
            int page = pages.next();
            Message message = new DefaultMessage(exchange.getContext());
            message.setHeaders(new HashMap<>(exchange.getMessage().getHeaders()));
            message.setHeader(HuaweiOcrConstants.PDF_PAGE, page);
            message.setBody(reader.extractPage(page));
            return message;
        }

        @Override
        public void close() {
            HuaweiOcrPdfPages.close(reader);
        }
    }
}
