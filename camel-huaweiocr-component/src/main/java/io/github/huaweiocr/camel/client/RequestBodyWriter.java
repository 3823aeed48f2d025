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
package io.github.huaweiocr.camel.client;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.json.Json;
import io.github.huaweiocr.camel.operation.Limits;
import io.netty.buffer.ByteBufAllocator;

/**
 * Writes the JSON body of an OCR call straight into Netty buffers. The image is base64-encoded by the JDK's encoder
 * (whose block loop the JIT turns into vector instructions, many times faster than a hand-rolled loop) in 48 KiB
 * blocks read from the caller's array: no String of the image and no second copy of it. The parameters follow,
 * serialised by Jackson in one pass. The only full-size copy is the encoded body itself, which must exist before
 * sending because the AK/SK signature covers the body's hash.
 */
final class RequestBodyWriter {

    /** A multiple of 3, so that every block but the last encodes without padding and the blocks simply concatenate. */
    static final int BASE64_BLOCK = 48 * 1024;
    /** Room left after the image for its field's punctuation and the parameters, which are seldom longer. */
    static final int PARAMETERS_ROOM = 512;

    /**
     * Per-thread scratch for one block and its encoding (112 KiB a thread): reused so that a call allocates nothing in
     * proportion to the image. The JDK encoder only takes whole arrays, hence the block copy.
     */
    private static final ThreadLocal<byte[][]> SCRATCH = ThreadLocal.withInitial(
            () -> new byte[][] {new byte[BASE64_BLOCK], new byte[BASE64_BLOCK / 3 * 4]});

    private RequestBodyWriter() {
    }

    /**
     * @param imageField the JSON field for document bytes ({@code image} or {@code data}); unused for URLs
     */
    static RequestBody write(ByteBufAllocator allocator, DocumentSource document, String imageField,
                             Map<String, Object> parameters) {
        HashingChunkOutputStream out = new HashingChunkOutputStream(allocator, expectedLength(document, imageField));
        try {
            out.write('{');
            boolean first = true;
            if (document instanceof DocumentSource.Bytes bytes) {
                if (imageField == null) {
                    throw new HuaweiOcrInputException("This operation takes no image; send its parameters only");
                }
                writeName(out, imageField);
                out.write('"');
                writeBase64(out, bytes.data(), bytes.offset(), bytes.length());
                out.write('"');
                first = false;
            } else if (document instanceof DocumentSource.Url url) {
                writeName(out, "url");
                Json.REQUEST_FIELDS.writeValue(out, url.url());
                first = false;
            }
            if (parameters.isEmpty()) {
                out.write('}');
            } else {
                // The parameters as one JSON object, in one pass of Jackson, joined to the fields above: its '{'
                // is dropped, its '}' ends the body.
                byte[] fields = Json.REQUEST_FIELDS.writeValueAsBytes(parameters);
                if (!first) {
                    out.write(',');
                }
                out.write(fields, 1, fields.length - 1);
            }
        } catch (IOException | RuntimeException e) {
            out.discard();
            if (e instanceof HuaweiOcrInputException input) {
                throw input;
            }
            throw new HuaweiOcrInputException("Cannot write the request body: " + e.getMessage(), e);
        }
        return out.finish();
    }

    /**
     * The body's size when it carries document bytes: the base64 text and its field, and room for the parameters
     * (more are written into a further buffer). 0 when there is no document to size it by.
     */
    static int expectedLength(DocumentSource document, String imageField) {
        if (!(document instanceof DocumentSource.Bytes bytes) || imageField == null) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE,
                Limits.base64Length(bytes.length()) + imageField.length() + PARAMETERS_ROOM);
    }

    /** A field name of the component's own ({@code image}, {@code data}, {@code url}): plain ASCII, nothing to escape. */
    private static void writeName(OutputStream out, String name) throws IOException {
        out.write('"');
        out.write(name.getBytes(StandardCharsets.US_ASCII));
        out.write('"');
        out.write(':');
    }

    static void writeBase64(OutputStream out, byte[] data, int offset, int length) throws IOException {
        Base64.Encoder encoder = Base64.getEncoder();
        byte[][] scratch = SCRATCH.get();
        byte[] encoded = scratch[1];
        int end = offset + length;
        for (int position = offset; position < end; position += BASE64_BLOCK) {
            int n = Math.min(BASE64_BLOCK, end - position);
            byte[] block = n == BASE64_BLOCK ? scratch[0] : new byte[n];
            System.arraycopy(data, position, block, 0, n);
            out.write(encoded, 0, encoder.encode(block, encoded));
        }
    }
}
