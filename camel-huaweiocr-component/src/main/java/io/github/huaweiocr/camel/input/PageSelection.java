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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;

/**
 * The pages of a document to recognise, 1-based, ascending, without duplicates, as chosen with the {@code pages}
 * option ({@code 1-3,5}, {@code 7-}, blank for all) and bounded by {@code maxPages}.
 */
public final class PageSelection {

    private final List<Integer> pages;

    private PageSelection(List<Integer> pages) {
        this.pages = Collections.unmodifiableList(pages);
    }

    /**
     * Reads a page list against a document.
     *
     * @param spec      comma-separated page numbers and ranges: {@code 1-3,5}; {@code 7-} means page 7 to the end;
     *                  null or blank means every page
     * @param pageCount pages in the document
     * @param maxPages  the most pages one message may recognise (0 or less: no bound)
     * @throws HuaweiOcrInputException for a malformed spec, a page outside the document, an empty selection or more
     *                                 pages than {@code maxPages}
     */
    public static PageSelection parse(String spec, int pageCount, int maxPages) {
        if (pageCount < 1) {
            throw new HuaweiOcrInputException("The document has no pages");
        }
        TreeSet<Integer> selected = new TreeSet<>();
        if (spec == null || spec.isBlank()) {
            for (int p = 1; p <= pageCount; p++) {
                selected.add(p);
            }
        } else {
            for (String part : spec.split(",", -1)) {
                addPart(spec, part.strip(), pageCount, selected);
            }
        }
        if (maxPages > 0 && selected.size() > maxPages) {
            throw new HuaweiOcrInputException("The page selection " + describe(spec) + " has " + selected.size()
                    + " pages, more than maxPages=" + maxPages + ": select fewer pages with the pages option "
                    + "(e.g. pages=1-" + maxPages + "), raise maxPages, or split the PDF into one exchange per page"
                    + " (split(HuaweiOcrPdfPages.pages()).streaming())");
        }
        return new PageSelection(new ArrayList<>(selected));
    }

    /**
     * Checks the syntax of a page list without a document, so a wrong {@code pages} option fails when the endpoint
     * is created.
     *
     * @throws HuaweiOcrInputException for a malformed spec
     */
    public static void checkSyntax(String spec) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        for (String part : spec.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw malformed(spec, "an empty entry between commas");
            }
            int dash = p.indexOf('-');
            if (dash < 0) {
                number(spec, p);
            } else {
                int from = number(spec, p.substring(0, dash).strip());
                String end = p.substring(dash + 1).strip();
                if (!end.isEmpty() && number(spec, end) < from) {
                    throw malformed(spec, "the range '" + p + "' ends before it starts");
                }
            }
        }
    }

    private static void addPart(String spec, String part, int pageCount, TreeSet<Integer> selected) {
        if (part.isEmpty()) {
            throw malformed(spec, "an empty entry between commas");
        }
        int dash = part.indexOf('-');
        int from;
        int to;
        if (dash < 0) {
            from = number(spec, part);
            to = from;
        } else {
            from = number(spec, part.substring(0, dash).strip());
            String end = part.substring(dash + 1).strip();
            to = end.isEmpty() ? pageCount : number(spec, end);
            if (to < from) {
                throw malformed(spec, "the range '" + part + "' ends before it starts");
            }
        }
        if (from < 1 || to > pageCount) {
            throw new HuaweiOcrInputException("The page selection " + describe(spec) + " asks for page "
                    + (from < 1 ? from : to) + " but the document has " + pageCount
                    + (pageCount == 1 ? " page" : " pages") + " (pages are numbered from 1)");
        }
        for (int p = from; p <= to; p++) {
            selected.add(p);
        }
    }

    private static int number(String spec, String text) {
        if (text.isEmpty() || !text.chars().allMatch(Character::isDigit)) {
            throw malformed(spec, "'" + text + "' is not a page number");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw malformed(spec, "'" + text + "' is too large");
        }
    }

    private static HuaweiOcrInputException malformed(String spec, String why) {
        return new HuaweiOcrInputException("Malformed page selection " + describe(spec) + ": " + why
                + ". Write page numbers and ranges separated by commas, e.g. 1-3,5 or 7-");
    }

    private static String describe(String spec) {
        return spec == null || spec.isBlank() ? "(all pages)" : "'" + spec + "'";
    }

    /** The selected page numbers, 1-based, ascending. */
    public List<Integer> pages() {
        return pages;
    }

    /** How many pages are selected. */
    public int size() {
        return pages.size();
    }

    @Override
    public String toString() {
        return "PageSelection" + pages;
    }
}
