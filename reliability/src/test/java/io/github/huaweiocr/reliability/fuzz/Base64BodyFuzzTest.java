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
import java.util.Base64;
import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.DocumentReader;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.input.ImageFormatDetector;

/**
 * String bodies: any text is either an http(s) URL, base64 of a known format, or rejected with a
 * {@link HuaweiOcrInputException}; and the base64 of a document (plain, MIME-wrapped or as a data URI) reads back as
 * exactly its bytes.
 */
class Base64BodyFuzzTest {

    private static final FuzzExecutions EXECUTIONS = new FuzzExecutions("base64-body");

    @AfterAll
    static void reportExecutions() throws IOException {
        EXECUTIONS.report();
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION, maxExecutions = FuzzBudget.MAX_EXECUTIONS)
    void readsAnyStringBodyOrRejectsItAsInput(FuzzedDataProvider data) {
        EXECUTIONS.ran();
        int shape = data.consumeInt(0, 3);
        String text;
        byte[] encoded = null;
        if (shape == 0) {
            text = data.consumeRemainingAsString();
        } else {
            encoded = data.consumeRemainingAsBytes();
            text = switch (shape) {
                case 1 -> Base64.getEncoder().encodeToString(encoded);
                case 2 -> Base64.getMimeEncoder().encodeToString(encoded);
                default -> "data:image/png;base64," + Base64.getEncoder().encodeToString(encoded);
            };
        }

        DocumentSource source;
        try {
            source = DocumentReader.read(text);
        } catch (HuaweiOcrInputException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            if (encoded != null) {
                // Well-formed base64 is refused only for its content: empty or of an unknown format.
                assertThat(encoded.length == 0 || ImageFormatDetector.detect(encoded, 0, encoded.length).isEmpty())
                        .as("base64 of a known format was refused: %s", rejected.getMessage()).isTrue();
            }
            return;
        }
        if (encoded != null && source instanceof DocumentSource.Bytes bytes) {
            byte[] decoded = Arrays.copyOfRange(bytes.data(), bytes.offset(), bytes.offset() + bytes.length());
            assertThat(decoded).isEqualTo(encoded);
        }
        if (source instanceof DocumentSource.Url) {
            String lower = text.strip().toLowerCase(Locale.ROOT);
            assertThat(lower.startsWith("http://") || lower.startsWith("https://")).as("URL from %s", text).isTrue();
        }
    }
}
