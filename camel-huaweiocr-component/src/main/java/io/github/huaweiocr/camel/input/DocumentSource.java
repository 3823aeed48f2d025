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

import java.util.Objects;

import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.operation.Limits;

/**
 * What one OCR call reads: the document's bytes (sent as base64) or a URL the service downloads itself. Built from the
 * message body by the input package and already validated against the operation's limits.
 */
public sealed interface DocumentSource permits DocumentSource.Bytes, DocumentSource.Url {

    /**
     * Document bytes. {@code data} is never copied: the client base64-encodes the range {@code [offset, offset+length)}
     * straight into the request body.
     *
     * @param width  pixel width read from the header, or -1 when unknown (PDF, OFD)
     * @param height pixel height read from the header, or -1 when unknown
     */
    record Bytes(byte[] data, int offset, int length, ImageFormat format, int width, int height)
            implements DocumentSource {
        public Bytes {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(format, "format");
            Objects.checkFromIndexSize(offset, length, data.length);
        }

        /** Size of the base64 text these bytes become: the API limits it to 10 MB. */
        public long base64Length() {
            return Limits.base64Length(length);
        }
    }

    /** An http(s) URL sent as the API's {@code url} field. */
    record Url(String url) implements DocumentSource {
        public Url {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String toString() {
            // Presigned URLs carry credentials in the query: never print it.
            int q = url.indexOf('?');
            return "Url[" + (q < 0 ? url : url.substring(0, q) + "?...") + "]";
        }
    }
}
