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

import java.nio.charset.StandardCharsets;

import org.apache.camel.Converter;

/**
 * Type converters so {@code convertBodyTo(String.class)} of a result body yields its JSON. They are declared on the
 * result types only, never on {@code Map} or {@code List}, so other components' Map-to-String conversions are left
 * alone. A {@code JsonNode} body needs none: Jackson's {@code toString()} already writes JSON, and Camel falls back to it.
 */
@Converter(generateLoader = true)
public final class OcrResultConverters {

    private OcrResultConverters() {
    }

    @Converter
    public static String toString(OcrResultMap result) {
        return OcrJson.write(result);
    }

    @Converter
    public static String toString(OcrResultList result) {
        return OcrJson.write(result);
    }

    @Converter
    public static byte[] toBytes(OcrResultMap result) {
        return OcrJson.write(result).getBytes(StandardCharsets.UTF_8);
    }

    @Converter
    public static byte[] toBytes(OcrResultList result) {
        return OcrJson.write(result).getBytes(StandardCharsets.UTF_8);
    }
}
