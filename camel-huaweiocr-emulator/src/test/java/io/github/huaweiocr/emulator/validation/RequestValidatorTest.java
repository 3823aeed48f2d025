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
package io.github.huaweiocr.emulator.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.huaweiocr.emulator.catalog.OperationCatalog;
import io.github.huaweiocr.emulator.catalog.OperationSpec;
import io.github.huaweiocr.emulator.errors.OcrApiException;
import io.github.huaweiocr.emulator.support.TestImages;

/**
 * The body is parsed with the document's base64 text held apart as a slice of the body: every way of writing that
 * text in JSON decodes to the same bytes, or is refused with the same code, as the string's value would be.
 */
class RequestValidatorTest {

    private static final OperationSpec GENERAL_TEXT = OperationCatalog.standard().bySegment("general-text")
            .orElseThrow();
    private static final byte[] IMAGE = TestImages.image("png", 40, 30);
    private static final String BASE64 = Base64.getEncoder().encodeToString(IMAGE);

    private static RequestValidator.Body parse(String json) {
        return RequestValidator.parse(json.getBytes(StandardCharsets.UTF_8), GENERAL_TEXT.imageField());
    }

    private static byte[] decodedImage(String json) {
        RequestValidator.Input input = RequestValidator.checkParameters(GENERAL_TEXT, parse(json));
        return RequestValidator.decode(input.base64());
    }

    @Test
    void holdsThePlainImageTextApartAndKeepsTheOtherMembersInOrder() {
        RequestValidator.Body body = parse("{ \"detect_direction\" : true ,\n\t\"image\" : \"" + BASE64
                + "\" ,\r\n \"quick_mode\":null, \"character_mode\": false }");

        assertThat(body.fields().toString())
                .isEqualTo("{\"detect_direction\":true,\"quick_mode\":null,\"character_mode\":false}");
        assertThat(body.document().text()).isEqualTo(BASE64);
        assertThat(body.document().decode()).isEqualTo(IMAGE);
    }

    @Test
    void decodesEscapedSlashesAndUnicodeEscapesAsTheStringsValue() {
        String escaped = BASE64.replace("/", "\\/").replace("A", "\\u0041");
        assertThat(escaped).isNotEqualTo(BASE64);

        assertThat(decodedImage("{\"image\":\"" + escaped + "\"}")).isEqualTo(IMAGE);
    }

    @Test
    void decodesABodyInUtf16AsItsText() {
        byte[] utf16 = ("{\"image\":\"" + BASE64 + "\"}").getBytes(StandardCharsets.UTF_16BE);
        RequestValidator.Body body = RequestValidator.parse(utf16, GENERAL_TEXT.imageField());

        assertThat(RequestValidator.decode(RequestValidator.checkParameters(GENERAL_TEXT, body).base64()))
                .isEqualTo(IMAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"é", "\\n", " ", "\\u00e9", "="})
    void refusesTextThatIsNotPlainBase64WithAis0102(String inserted) {
        String json = "{\"image\":\"" + BASE64.substring(0, 8) + inserted + BASE64.substring(8) + "\"}";

        assertThatThrownBy(() -> decodedImage(json)).isInstanceOfSatisfying(OcrApiException.class,
                e -> assertThat(e.code()).isEqualTo("AIS.0102"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "\"text\"", "{\"image\":\"abcd\"} {}", "{\"image\":\"abcd\"} x",
        "{\"image\":\"abcd\",\"image\":\"abcd\"}", "{\"image\":\"ab\u0001cd\"}", "{\"image\":\"abcd}",
        "{\"image\":\"abcd\",}", "{\"image\":\"abcd\" \"url\":\"x\"}", "{\"image\":\"\\x\"}"})
    void refusesAnythingButOneJsonObjectWithModelArts4105(String json) {
        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(OcrApiException.class,
                e -> assertThat(e.code()).isEqualTo("ModelArts.4105"));
    }

    @Test
    void refusesAnImageThatIsNotAStringOrAnUnknownParameterWithAis0101() {
        for (String json : new String[] {"{\"image\":12}", "{\"image\":\"abcd\",\"colour\":1}",
            "{\"image\":\"abcd\",\"url\":\"https://example.com/a.png\"}", "{\"image\":null}", "{}"}) {
            assertThatThrownBy(() -> RequestValidator.checkParameters(GENERAL_TEXT, parse(json)))
                    .as(json)
                    .isInstanceOfSatisfying(OcrApiException.class, e -> assertThat(e.code()).isEqualTo("AIS.0101"));
        }
    }

    @Test
    void countsTheCharactersOfTheTextNotTheBytesOfItsEscapes() {
        Base64Text escapes = parse("{\"image\":\"\\u0041\\u0041\\u0041\"}").document();
        Base64Text plain = parse("{\"image\":\"AAAA\"}").document();

        assertThat(escapes.longerThan(3)).isFalse();
        assertThat(escapes.longerThan(2)).isTrue();
        assertThat(plain.longerThan(4)).isFalse();
        assertThat(plain.longerThan(3)).isTrue();
    }
}
