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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutgoingBodyTest {

    private final byte[] image = new byte[100_000];
    private final List<RequestBody> written = new ArrayList<>();

    OutgoingBodyTest() {
        new Random(7).nextBytes(image);
    }

    private OutgoingBody body(Map<String, Object> parameters) {
        return new OutgoingBody(() -> {
            RequestBody body = RequestBodyWriter.write(ByteBufAllocator.DEFAULT,
                    new DocumentSource.Bytes(image, 0, image.length, ImageFormat.JPEG, -1, -1), "image", parameters);
            written.add(body);
            return body;
        });
    }

    @Test
    void theFirstWriteTakesTheBodyWrittenUpFrontAndLaterWritesWriteTheSameBytesAgain() {
        OutgoingBody body = body(Map.of("detect_direction", true));
        assertThat(written).hasSize(1);
        assertThat(body.length()).isEqualTo(written.get(0).length());
        assertThat(body.sha256Hex()).isEqualTo(written.get(0).sha256Hex());

        ByteBuf first = body.take();
        assertThat(first).isSameAs(written.get(0).content());
        ByteBuf again = body.take();
        assertThat(written).hasSize(2);
        assertThat(again).isNotSameAs(first).isEqualTo(first);

        // Netty frees each once written; nothing is left for the call to free
        first.release();
        again.release();
        body.release();
        assertThat(written).allSatisfy(b -> assertThat(b.content().refCnt()).isZero());
    }

    @Test
    void aRetryPreparesItsBodyBeforeTheWriteAndWhatNoWriteTookIsFreedAtTheEnd() {
        OutgoingBody body = body(Map.of());
        body.take().release();

        body.prepare();
        body.prepare();
        assertThat(written).hasSize(2);

        body.release();
        assertThat(written).allSatisfy(b -> assertThat(b.content().refCnt()).isZero());
    }

    @Test
    void aBodyThatCannotBeWrittenTheSameAgainIsRefusedAndFreedRatherThanSentUnderAnotherSignature() {
        Map<String, Object> parameters = new HashMap<>();
        OutgoingBody body = body(parameters);
        body.take().release();
        parameters.put("language", "zh");

        assertThatThrownBy(body::take).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("differs from the one signed");
        assertThat(written).hasSize(2).allSatisfy(b -> assertThat(b.content().refCnt()).isZero());
    }
}
