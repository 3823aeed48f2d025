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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

/**
 * The base64 text of a document as it arrived in a JSON request body. A JSON string without escapes is its text byte
 * for byte, so it is kept as the slice of the body between its quotes and decoded from there: a document of a few
 * megabytes is not copied character by character into a {@code String} only to be decoded. A string with escapes
 * (a client may write {@code /} as {@code \/}) or with characters outside ASCII is read as JSON, and decoding gives
 * the same bytes or the same refusal as decoding that string.
 */
public final class Base64Text {

    private static final JsonFactory STRINGS = new JsonFactory();

    private final byte[] json;
    private final int openingQuote;
    /** Index of the closing quote in {@link #json}, or -1 when only the opening quote is known. */
    private final int closingQuote;
    private String text;

    private Base64Text(byte[] json, int openingQuote, int closingQuote, String text) {
        this.json = json;
        this.openingQuote = openingQuote;
        this.closingQuote = closingQuote;
        this.text = text;
    }

    /**
     * The JSON string that starts at {@code openingQuote} in a body already parsed as valid JSON.
     *
     * @param closingQuote the index of its closing quote, or -1 when it is not known (it is then read as JSON)
     */
    static Base64Text slice(byte[] json, int openingQuote, int closingQuote) {
        return new Base64Text(json, openingQuote, closingQuote, null);
    }

    /** A text already read. */
    static Base64Text of(String text) {
        return new Base64Text(null, -1, -1, text);
    }

    /** Whether the text has more than {@code chars} characters (UTF-16 units, as {@link String#length()}). */
    public boolean longerThan(int chars) {
        if (text == null && closingQuote >= 0 && closingQuote - openingQuote - 1 <= chars) {
            // each character takes at least one byte of the JSON string
            return false;
        }
        return text().length() > chars;
    }

    /**
     * Decodes the text as {@link Base64#getDecoder()} decodes {@link #text()}.
     *
     * @throws IllegalArgumentException when it is not plain base64
     */
    public byte[] decode() {
        if (text == null && closingQuote >= 0) {
            try {
                ByteBuffer decoded = Base64.getDecoder()
                        .decode(ByteBuffer.wrap(json, openingQuote + 1, closingQuote - openingQuote - 1));
                byte[] bytes = decoded.array();
                return decoded.remaining() == bytes.length ? bytes : Arrays.copyOf(bytes, decoded.remaining());
            } catch (IllegalArgumentException notPlain) {
                // an escape or a character outside ASCII: the string's value decides, as it does below
            }
        }
        return Base64.getDecoder().decode(text());
    }

    /** The string's value, read as JSON when it was kept as a slice. */
    public String text() {
        if (text == null) {
            try (JsonParser parser = STRINGS.createParser(json, openingQuote, json.length - openingQuote)) {
                parser.nextToken();
                text = parser.getText();
            } catch (IOException e) {
                throw new UncheckedIOException("a string of a body parsed as JSON cannot be read again", e);
            }
        }
        return text;
    }
}
