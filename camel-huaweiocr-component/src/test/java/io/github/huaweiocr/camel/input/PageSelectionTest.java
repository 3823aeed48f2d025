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

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageSelectionTest {

    @Test
    void blankOrNullSelectsEveryPage() {
        assertThat(PageSelection.parse(null, 4, 0).pages()).containsExactly(1, 2, 3, 4);
        assertThat(PageSelection.parse("  ", 2, 10).pages()).containsExactly(1, 2);
    }

    @Test
    void rangesAndSinglePagesAreMergedSortedAndDeduplicated() {
        assertThat(PageSelection.parse("5, 1-3,2,3-4", 12, 0).pages()).containsExactly(1, 2, 3, 4, 5);
        assertThat(PageSelection.parse("10-", 12, 0).pages()).containsExactly(10, 11, 12);
        assertThat(PageSelection.parse("7-7", 12, 0).pages()).containsExactly(7);
    }

    @Test
    void pageOutsideTheDocumentIsRefusedWithThePageCount() {
        assertThatThrownBy(() -> PageSelection.parse("1-3,13", 12, 0)).isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("page 13").hasMessageContaining("has 12 pages");
        assertThatThrownBy(() -> PageSelection.parse("0", 12, 0)).hasMessageContaining("page 0")
                .hasMessageContaining("numbered from 1");
        assertThatThrownBy(() -> PageSelection.parse("2", 1, 0)).hasMessageContaining("has 1 page ");
    }

    @Test
    void malformedSelectionsSayWhatIsWrong() {
        assertThatThrownBy(() -> PageSelection.parse("1,,2", 5, 0)).hasMessageContaining("empty entry");
        assertThatThrownBy(() -> PageSelection.parse("a-b", 5, 0)).hasMessageContaining("'a' is not a page number");
        assertThatThrownBy(() -> PageSelection.parse("-3", 5, 0)).hasMessageContaining("'' is not a page number");
        assertThatThrownBy(() -> PageSelection.parse("4-2", 5, 0)).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> PageSelection.parse("1.5", 5, 0)).hasMessageContaining("'1.5'");
        assertThatThrownBy(() -> PageSelection.parse("99999999999", 5, 0)).hasMessageContaining("too large");
        assertThatThrownBy(() -> PageSelection.parse("1,", 5, 0)).hasMessageContaining("e.g. 1-3,5");
    }

    @Test
    void selectionLargerThanMaxPagesIsRefusedWithAFix() {
        assertThatThrownBy(() -> PageSelection.parse(null, 12, 10)).isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("12 pages, more than maxPages=10").hasMessageContaining("pages=1-10");
        assertThat(PageSelection.parse("3-12", 12, 10).size()).isEqualTo(10);
    }

    @Test
    void documentWithoutPagesIsRefused() {
        assertThatThrownBy(() -> PageSelection.parse(null, 0, 0)).hasMessageContaining("no pages");
    }

    @Test
    void syntaxIsCheckedWithoutADocument() {
        PageSelection.checkSyntax("1-3, 5, 7-");
        PageSelection.checkSyntax(null);
        assertThatThrownBy(() -> PageSelection.checkSyntax("1-x")).isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("'x' is not a page number");
        assertThatThrownBy(() -> PageSelection.checkSyntax("5-2")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> PageSelection.checkSyntax(",")).hasMessageContaining("empty entry");
    }
}
