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
import io.github.huaweiocr.emulator.validation.RequestValidator;

/**
 * What was read from the last few request bodies, found by the SHA-256 of the whole body, which the signature check
 * computes anyway: the body parsed as JSON, and the document decoded from it. A body received again byte for byte (a
 * retry, a benchmark sending one image, a test suite sending its few) parses to the same JSON and carries the same
 * base64 text, so it is not parsed, decoded and hashed again; the checks of the request's parameters and document
 * still run on every request. Bounded: a few slots, each holding the last body that mapped to it, and only bodies up
 * to {@link OcrHandler#EVENT_LOOP_MAX_BYTES}. Thread-safe; the arrays it hands out are shared and never modified.
 */
final class RecentBodies {

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

    /** One body: its JSON, and its document once decoded. */
    private static final class Entry {
        private final String key;
        private final RequestValidator.Body body;
        private volatile Document document;

        Entry(String key, RequestValidator.Body body) {
            this.key = key;
            this.body = body;
        }
    }

    private final AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(SLOTS);

    /**
     * The body parsed with {@code field} held apart: as parsed before for the same body, or {@code parse}'s result.
     *
     * @param bodySha256 lower-case hex SHA-256 of the whole request body
     * @param bodyLength its length in bytes
     * @param field      the member that holds the base64 text ({@code image} or {@code data}), or null
     * @param parse      parses the body (and may throw, in which case nothing is kept)
     */
    RequestValidator.Body parsed(String bodySha256, int bodyLength, String field,
                                 Supplier<RequestValidator.Body> parse) {
        String key = field + ':' + bodySha256;
        int slot = slot(key);
        Entry entry = slots.get(slot);
        if (entry != null && entry.key.equals(key)) {
            // a tree of its own for each request: the recognizers read it, and nothing may change the remembered one
            return new RequestValidator.Body(entry.body.fields().deepCopy(), entry.body.document());
        }
        RequestValidator.Body body = parse.get();
        if (bodyLength <= OcrHandler.EVENT_LOOP_MAX_BYTES) {
            slots.set(slot, new Entry(key, new RequestValidator.Body(body.fields().deepCopy(), body.document())));
        }
        return body;
    }

    /**
     * The document of a body: the one decoded before for the same body and field, or {@code decode}'s result.
     *
     * @param decode decodes the text (and may throw, in which case nothing is kept)
     */
    Document document(String bodySha256, String field, Supplier<byte[]> decode) {
        String key = field + ':' + bodySha256;
        Entry entry = slots.get(slot(key));
        boolean remembered = entry != null && entry.key.equals(key);
        if (remembered && entry.document != null) {
            return entry.document;
        }
        Document document = Document.of(decode.get());
        if (remembered) {
            entry.document = document;
        }
        return document;
    }

    private static int slot(String key) {
        return key.hashCode() & (SLOTS - 1);
    }
}
