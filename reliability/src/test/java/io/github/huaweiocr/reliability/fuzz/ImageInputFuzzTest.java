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
package io.github.huaweiocr.reliability.fuzz;

import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.DocumentReader;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.input.ImageDimensionsReader;
import io.github.huaweiocr.camel.input.ImageFormatDetector;
import io.github.huaweiocr.camel.input.PixelSize;
import io.github.huaweiocr.camel.operation.ImageFormat;

/**
 * Format sniffing and header pixel sizes on arbitrary bytes, placed at an arbitrary offset of a larger array (as a
 * slice of a pooled buffer would be): the reader either describes the document or rejects it with a
 * {@link HuaweiOcrInputException}; it never reads outside its slice, and never reports a size of zero or less.
 */
class ImageInputFuzzTest {

    private static final FuzzExecutions EXECUTIONS = new FuzzExecutions("image-input");

    @AfterAll
    static void reportExecutions() throws IOException {
        EXECUTIONS.report();
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION, maxExecutions = FuzzBudget.MAX_EXECUTIONS)
    void sniffsAndSizesAnyBytesOrRejectsThemAsInput(FuzzedDataProvider data) {
        EXECUTIONS.ran();
        int before = data.consumeInt(0, 8);
        int after = data.consumeInt(0, 8);
        byte[] document = data.consumeRemainingAsBytes();
        // Padding of 0xFF around the slice: a reader that strays out of it sees bytes that change its answer.
        byte[] buffer = new byte[before + document.length + after];
        Arrays.fill(buffer, (byte) 0xFF);
        System.arraycopy(document, 0, buffer, before, document.length);

        Optional<ImageFormat> sliced = ImageFormatDetector.detect(buffer, before, document.length);
        assertThat(sliced).isEqualTo(ImageFormatDetector.detect(document, 0, document.length));
        sliced.ifPresent(format -> {
            Optional<PixelSize> size = ImageDimensionsReader.read(format, buffer, before, document.length);
            assertThat(size).isEqualTo(ImageDimensionsReader.read(format, document, 0, document.length));
            size.ifPresent(s -> assertThat(s.width()).isPositive());
            size.ifPresent(s -> assertThat(s.height()).isPositive());
        });

        try {
            DocumentSource.Bytes source = DocumentReader.inspect(buffer, before, document.length);
            assertThat(sliced).contains(source.format());
        } catch (HuaweiOcrInputException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
        }
    }
}
