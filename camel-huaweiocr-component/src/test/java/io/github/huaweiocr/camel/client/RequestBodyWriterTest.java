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

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.auth.AkSkSigner;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.json.Json;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamed body is exact JSON, its hash is the hash of its bytes, and it lives in one buffer when its size is known
 * and small, in fixed-size chunks otherwise.
 */
class RequestBodyWriterTest {

    @Test
    void largeImageIsBase64EncodedIntoChunksWithTheHashOfTheExactBytes() throws Exception {
        byte[] image = new byte[3 * 1024 * 1024 + 7];
        new Random(42).nextBytes(image);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("detect_direction", true);
        parameters.put("language", "zh");
        parameters.put("type_list", List.of("vat_invoice", "id_card"));

        RequestBody body = RequestBodyWriter.write(ByteBufAllocator.DEFAULT,
                new DocumentSource.Bytes(image, 5, image.length - 5, ImageFormat.JPEG, -1, -1), "image", parameters);
        try {
            byte[] bytes = ByteBufUtil.getBytes(body.content());
            assertThat(body.sha256Hex()).isEqualTo(AkSkSigner.sha256Hex(bytes));
            JsonNode json = Json.MAPPER.readTree(bytes);
            assertThat(Base64.getDecoder().decode(json.get("image").asText()))
                    .isEqualTo(java.util.Arrays.copyOfRange(image, 5, image.length));
            assertThat(json.get("detect_direction").asBoolean()).isTrue();
            assertThat(json.get("type_list").get(1).asText()).isEqualTo("id_card");
            assertThat(new String(bytes, 0, 10, StandardCharsets.US_ASCII)).isEqualTo("{\"image\":\"");

            CompositeByteBuf chunks = (CompositeByteBuf) body.content();
            assertThat(chunks.numComponents()).isGreaterThan(60);
            for (int i = 0; i < chunks.numComponents() - 1; i++) {
                assertThat(chunks.internalComponent(i).readableBytes()).isEqualTo(HashingChunkOutputStream.CHUNK_SIZE);
            }
        } finally {
            body.release();
        }
        assertThat(body.content().refCnt()).isZero();
    }

    @Test
    void anImageOfUpToAMegabyteGoesIntoOneBufferAndLongParametersIntoAFurtherOne() throws Exception {
        byte[] image = new byte[100 * 1024 + 1];
        new Random(3).nextBytes(image);
        DocumentSource.Bytes document = new DocumentSource.Bytes(image, 0, image.length, ImageFormat.JPEG, -1, -1);
        RequestBody plain = RequestBodyWriter.write(ByteBufAllocator.DEFAULT, document, "image",
                Map.of("detect_direction", true));
        String longText = "x".repeat(3 * RequestBodyWriter.PARAMETERS_ROOM);
        RequestBody spilled = RequestBodyWriter.write(ByteBufAllocator.DEFAULT, document, "image",
                Map.of("template_id", longText));
        try {
            assertThat(plain.content()).isNotInstanceOf(CompositeByteBuf.class);
            assertThat(plain.content().capacity())
                    .isEqualTo(RequestBodyWriter.expectedLength(document, "image"));
            assertThat(spilled.content()).isInstanceOf(CompositeByteBuf.class);
            for (RequestBody body : List.of(plain, spilled)) {
                byte[] bytes = ByteBufUtil.getBytes(body.content());
                assertThat(body.sha256Hex()).isEqualTo(AkSkSigner.sha256Hex(bytes));
                assertThat(Base64.getDecoder().decode(Json.MAPPER.readTree(bytes).get("image").asText()))
                        .isEqualTo(image);
            }
            assertThat(Json.MAPPER.readTree(ByteBufUtil.getBytes(spilled.content())).get("template_id").asText())
                    .isEqualTo(longText);
        } finally {
            plain.release();
            spilled.release();
        }
        assertThat(plain.content().refCnt()).isZero();
        assertThat(spilled.content().refCnt()).isZero();
    }

    @Test
    void dataFieldUrlAndEmptyBodiesAreWrittenAsTheApiExpects() throws Exception {
        byte[] small = {1, 2, 3};
        RequestBody data = RequestBodyWriter.write(ByteBufAllocator.DEFAULT,
                new DocumentSource.Bytes(small, 0, 3, ImageFormat.PNG, 1, 1), "data", Map.of());
        RequestBody url = RequestBodyWriter.write(ByteBufAllocator.DEFAULT,
                new DocumentSource.Url("https://example.com/a b.png?sig=x"), "image", Map.of());
        RequestBody empty = RequestBodyWriter.write(ByteBufAllocator.DEFAULT, null, null, Map.of());
        RequestBody chinese = RequestBodyWriter.write(ByteBufAllocator.DEFAULT, null, null, Map.of("side", "正面"));
        try {
            assertThat(text(data)).isEqualTo("{\"data\":\"AQID\"}");
            assertThat(text(url)).isEqualTo("{\"url\":\"https://example.com/a b.png?sig=x\"}");
            assertThat(text(empty)).isEqualTo("{}");
            assertThat(empty.sha256Hex()).isEqualTo(AkSkSigner.sha256Hex("{}".getBytes(StandardCharsets.UTF_8)));
            // Non-ASCII escaped, as the Java SDK sends it.
            assertThat(text(chinese)).isEqualTo("{\"side\":\"\\u6B63\\u9762\"}");
        } finally {
            data.release();
            url.release();
            empty.release();
            chinese.release();
        }
    }

    private static String text(RequestBody body) {
        return body.content().toString(StandardCharsets.UTF_8);
    }

    @Test
    void base64BlocksConcatenateToTheEncodingOfTheWholeRangeAtEverySizeAroundABlock() throws Exception {
        int block = RequestBodyWriter.BASE64_BLOCK;
        byte[] image = new byte[2 * block + 11];
        new Random(7).nextBytes(image);
        for (int length : new int[] {0, 1, 2, 3, block - 1, block, block + 1, 2 * block, 2 * block + 2}) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            RequestBodyWriter.writeBase64(out, image, 9, length);
            assertThat(out.toString(StandardCharsets.US_ASCII)).as("length %d", length)
                    .isEqualTo(Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(image, 9, 9 + length)));
        }
    }
}
