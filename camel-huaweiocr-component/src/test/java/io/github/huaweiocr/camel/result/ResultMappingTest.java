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
package io.github.huaweiocr.camel.result;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void findsTheLowestConfidenceInNumbersAndFieldMaps() throws Exception {
        JsonNode result = JSON.readTree("{\"words_block_list\":[{\"words\":\"a\",\"confidence\":0.91},"
                                        + "{\"words\":\"b\",\"confidence\":0.99,\"char_list\":[{\"char_confidence\":0.1}]}],"
                                        + "\"card\":{\"confidence\":{\"name\":0.95,\"number\":0.42}}}");
        assertThat(ConfidenceScanner.min(result)).hasValue(0.42);
        assertThat(ConfidenceScanner.min(JSON.readTree("{\"name\":\"x\"}"))).isEmpty();
        assertThat(ConfidenceScanner.min(JSON.readTree("[{\"confidence\":0.5},{\"confidence\":0.7}]"))).hasValue(0.5);
    }

    @Test
    void joinsRecognisedLinesForTextOperations() throws Exception {
        assertThat(TextExtractor.extract(HuaweiOcrOperation.GENERAL_TEXT,
                JSON.readTree("{\"words_block_list\":[{\"words\":\"first\"},{\"words\":\"second\"}]}")))
                .isEqualTo("first\nsecond");
        assertThat(TextExtractor.extract(HuaweiOcrOperation.GENERAL_TABLE,
                JSON.readTree("{\"words_region_list\":[{\"words_block_list\":[{\"words\":\"a\"}]},"
                              + "{\"words_block_list\":[{\"words\":\"b\"},{\"words\":\"c\"}]}]}")))
                .isEqualTo("a\nb\nc");
        assertThat(TextExtractor.extract(HuaweiOcrOperation.SMART_DOCUMENT_RECOGNIZER,
                JSON.readTree("[{\"ocr_result\":{\"words_block_list\":[{\"words\":\"p1\"}]}},"
                              + "{\"ocr_result\":{\"words_block_list\":[{\"words\":\"p2\"}]}}]")))
                .isEqualTo("p1\np2");
        assertThatThrownBy(() -> TextExtractor.extract(HuaweiOcrOperation.ID_CARD, JSON.readTree("{}")))
                .hasMessageContaining("idCard does not return lines of text");
    }

    @Test
    void mapsResultsToEveryOutputType() throws Exception {
        JsonNode object = JSON.readTree("{\"words_block_list\":[{\"words\":\"hi\"}]}");
        Object map = ResultMapper.toBody(OutputType.MAP, HuaweiOcrOperation.GENERAL_TEXT, object);
        assertThat(map).isInstanceOf(OcrResultMap.class).isInstanceOf(Map.class);
        assertThat(OcrResultConverters.toString((OcrResultMap) map)).isEqualTo("{\"words_block_list\":[{\"words\":\"hi\"}]}");
        assertThat(ResultMapper.toBody(OutputType.JSON, HuaweiOcrOperation.GENERAL_TEXT, object))
                .isEqualTo("{\"words_block_list\":[{\"words\":\"hi\"}]}");
        assertThat(ResultMapper.toBody(OutputType.NODE, HuaweiOcrOperation.GENERAL_TEXT, object)).isSameAs(object);
        assertThat(ResultMapper.toBody(OutputType.TEXT, HuaweiOcrOperation.GENERAL_TEXT, object)).isEqualTo("hi");
        Object list = ResultMapper.toBody(OutputType.MAP, HuaweiOcrOperation.LICENSE_PLATE, JSON.readTree("[{\"plate_number\":\"A1\"}]"));
        assertThat(list).isInstanceOf(OcrResultList.class).isEqualTo(List.of(Map.of("plate_number", "A1")));
    }

    @Test
    void mapOutputHoldsTheValuesJacksonsUntypedBindingReads() throws Exception {
        JsonNode result = JSON.readTree("{\"int\":7,\"long\":12345678901,\"big\":123456789012345678901234567890,"
                + "\"double\":0.9987,\"exp\":1e3,\"yes\":true,\"none\":null,\"text\":\"\u8eab\u4efd\u8bc1\","
                + "\"list\":[1,[2.5,\"x\"],{\"k\":false}],\"empty\":{},\"nothing\":[]}");
        Object map = ResultMapper.toBody(OutputType.MAP, HuaweiOcrOperation.GENERAL_TEXT, result);
        Map<?, ?> jackson = JSON.convertValue(result, Map.class);
        assertThat(map).isEqualTo(jackson);
        Map<?, ?> values = (Map<?, ?>) map;
        assertThat(List.copyOf(values.keySet())).isEqualTo(List.copyOf(jackson.keySet()));
        for (Object key : jackson.keySet()) {
            assertThat(values.get(key) == null ? null : values.get(key).getClass()).as("the type of %s", key)
                    .isEqualTo(jackson.get(key) == null ? null : jackson.get(key).getClass());
        }
        assertThat(((List<?>) values.get("list")).get(1)).isEqualTo(List.of(2.5, "x"));
        Object list = ResultMapper.toBody(OutputType.MAP, HuaweiOcrOperation.LICENSE_PLATE,
                JSON.readTree("[{\"n\":1},2,\"three\"]"));
        assertThat(list).isInstanceOf(OcrResultList.class).isEqualTo(JSON.readValue("[{\"n\":1},2,\"three\"]", List.class));
    }
}
