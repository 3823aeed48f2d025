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
package io.github.huaweiocr.emulator.server;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

import io.github.huaweiocr.emulator.auth.SdkHmacSha256;

/**
 * The documents decoded from the last few request bodies, found by the SHA-256 of the whole body, which the signature
 * check computes anyway. A body received again byte for byte (a retry, a benchmark sending one image, a test suite
 * sending its few) carries the same base64 text, so its document is not decoded and hashed again. Bounded: a few
 * slots, each holding the last document that mapped to it, and only documents up to
 * {@link OcrHandler#EVENT_LOOP_MAX_BYTES}. Thread-safe; the arrays it hands out are shared and never modified.
 */
final class DecodedDocuments {

    /**
     * A decoded document.
     *
     * @param bytes  the bytes, never to be modified
     * @param sha256 their lower-case hex SHA-256
     */
    record Document(byte[] bytes, String sha256) {

        static Document of(byte[] bytes) {
            return new Document(bytes, SdkHmacSha256.sha256Hex(bytes));
        }
    }

    private static final int SLOTS = 16;

    private record Entry(String key, Document document) {
    }

    private final AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(SLOTS);

    /**
     * The document of a body: the one decoded before for the same body and field, or {@code decode}'s result.
     *
     * @param bodySha256 lower-case hex SHA-256 of the whole request body
     * @param field      the member that holds the base64 text ({@code image} or {@code data})
     * @param decode     decodes the text (and may throw, in which case nothing is kept)
     */
    Document get(String bodySha256, String field, Supplier<byte[]> decode) {
        String key = field + ':' + bodySha256;
        int slot = key.hashCode() & (SLOTS - 1);
        Entry entry = slots.get(slot);
        if (entry != null && entry.key().equals(key)) {
            return entry.document();
        }
        Document document = Document.of(decode.get());
        if (document.bytes().length <= OcrHandler.EVENT_LOOP_MAX_BYTES) {
            slots.set(slot, new Entry(key, document));
        }
        return document;
    }
}
