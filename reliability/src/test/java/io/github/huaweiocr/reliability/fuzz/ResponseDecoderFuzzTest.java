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

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import io.github.huaweiocr.camel.client.OcrResponse;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * The client's decoding of answers, on any status and any body bytes: a success body becomes an {@link OcrResponse}
 * holding a JSON object or a {@link HuaweiOcrServiceException}; an error body becomes a typed
 * {@link HuaweiOcrException} with a bounded, non-empty message; the body buffer is left as it was (the transport
 * releases it). The decoder is package-private, so it is reached by reflection: the harness must exercise exactly
 * the code the transport runs.
 */
class ResponseDecoderFuzzTest {

    private static final FuzzExecutions EXECUTIONS = new FuzzExecutions("response-decoder");

    @AfterAll
    static void reportExecutions() throws IOException {
        EXECUTIONS.report();
    }

    /** The decoder's cap on a quoted body (200) or an error message (300), plus the decorations around it. */
    private static final int MAX_MESSAGE_LENGTH = 2_000;

    private static final MethodHandle SUCCESS;
    private static final MethodHandle FAILURE;

    static {
        try {
            Class<?> decoder = Class.forName("io.github.huaweiocr.camel.client.ResponseDecoder");
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(decoder, MethodHandles.lookup());
            MethodType signature = MethodType.methodType(OcrResponse.class, HuaweiOcrOperation.class, int.class,
                    String.class, ByteBuf.class, int.class);
            SUCCESS = lookup.findStatic(decoder, "success", signature);
            FAILURE = lookup.findStatic(decoder, "failure", signature.changeReturnType(HuaweiOcrException.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION, maxExecutions = FuzzBudget.MAX_EXECUTIONS)
    void decodesAnyAnswerIntoAResultOrATypedError(FuzzedDataProvider data) throws Throwable {
        EXECUTIONS.ran();
        HuaweiOcrOperation operation = data.pickValue(HuaweiOcrOperation.values());
        int status = data.consumeInt(100, 599);
        String requestId = data.consumeBoolean() ? null : data.consumeString(40);
        int attempts = data.consumeInt(1, 10);
        byte[] body = data.consumeRemainingAsBytes();
        ByteBuf buffer = Unpooled.wrappedBuffer(body);

        try {
            OcrResponse response = (OcrResponse) SUCCESS.invoke(operation, status, requestId, buffer, attempts);
            assertThat(response.body().isObject()).isTrue();
            assertThat(response.attempts()).isEqualTo(attempts);
        } catch (HuaweiOcrServiceException notJson) {
            assertBounded(notJson, attempts);
        }
        assertThat(buffer.readerIndex()).isZero();

        HuaweiOcrException failure = (HuaweiOcrException) FAILURE.invoke(operation, status, requestId, buffer, attempts);
        assertBounded(failure, attempts);
        assertThat(buffer.readerIndex()).isZero();
        assertThat(buffer.refCnt()).isEqualTo(1);
    }

    private static void assertBounded(HuaweiOcrException failure, int attempts) {
        assertThat(failure.getMessage()).isNotBlank().hasSizeLessThan(MAX_MESSAGE_LENGTH);
        if (failure instanceof HuaweiOcrServiceException service) {
            assertThat(service.getAttempts()).isEqualTo(attempts);
        }
    }
}
