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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestParametersTest {

    @Test
    void convertsUriStringsToTheJsonTypesOfTheOperation() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("side", "back");
        raw.put("return_verification", "TRUE");
        Map<String, Object> bound = RequestParameters.bind(HuaweiOcrOperation.ID_CARD, raw, "param.*");
        assertThat(bound).containsExactly(Map.entry("side", "back"), Map.entry("return_verification", true));

        assertThat(RequestParameters.bind(HuaweiOcrOperation.GENERAL_TEXT, Map.of("pdf_page_number", "3"), "param.*"))
                .containsEntry("pdf_page_number", 3);
        assertThat(RequestParameters.bind(HuaweiOcrOperation.WEB_IMAGE, Map.of("extract_type", "contact_info, image_size"),
                "param.*")).containsEntry("extract_type", List.of("contact_info", "image_size"));
        assertThat(RequestParameters.bind(HuaweiOcrOperation.WEB_IMAGE, Map.of("extract_type", "[\"image_size\"]"),
                "param.*")).containsEntry("extract_type", List.of("image_size"));
        assertThat(RequestParameters.bind(HuaweiOcrOperation.AUTO_CLASSIFICATION,
                Map.of("extended_parameters", "{\"a\":1}"), "param.*")).containsEntry("extended_parameters", Map.of("a", 1));
    }

    @Test
    void keepsTypedHeaderValues() {
        Map<String, Object> bound = RequestParameters.bind(HuaweiOcrOperation.ID_CARD,
                Map.of("return_verification", Boolean.TRUE), "header");
        assertThat(bound.get("return_verification")).isEqualTo(Boolean.TRUE);
        assertThat(RequestParameters.bind(HuaweiOcrOperation.INVOICE_VERIFICATION,
                Map.of("subtotal_amount", new java.math.BigDecimal("88.00")), "header"))
                .containsEntry("subtotal_amount", "88.00");
    }

    @Test
    void rejectsAnUnknownFieldNamingTheValidOnes() {
        assertThatThrownBy(() -> RequestParameters.bind(HuaweiOcrOperation.ID_CARD, Map.of("sied", "back"), "param.*"))
                .isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("Unknown request field 'sied'")
                .hasMessageContaining("idCard")
                .hasMessageContaining("side (string)")
                .hasMessageContaining("return_verification (boolean)");
    }

    @Test
    void rejectsValuesOfTheWrongType() {
        assertThatThrownBy(() -> RequestParameters.bind(HuaweiOcrOperation.ID_CARD,
                Map.of("return_verification", "yes"), "param.*"))
                .isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("'return_verification'").hasMessageContaining("a boolean (true or false)")
                .hasMessageContaining("'yes'");
        assertThatThrownBy(() -> RequestParameters.bind(HuaweiOcrOperation.GENERAL_TEXT,
                Map.of("pdf_page_number", "first"), "param.*")).hasMessageContaining("an integer");
        assertThatThrownBy(() -> RequestParameters.bind(HuaweiOcrOperation.AUTO_CLASSIFICATION,
                Map.of("extended_parameters", "{not json"), "param.*")).hasMessageContaining("a JSON object");
        assertThatThrownBy(() -> RequestParameters.bind(HuaweiOcrOperation.ID_CARD,
                Map.of("side", List.of("a")), "param.*")).hasMessageContaining("a string");
    }

    @Test
    void reportsMissingRequiredFields() {
        assertThatThrownBy(() -> RequestParameters.checkRequired(HuaweiOcrOperation.INVOICE_VERIFICATION,
                Map.of("code", "x")))
                .isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("[number, issue_date]");
    }
}
