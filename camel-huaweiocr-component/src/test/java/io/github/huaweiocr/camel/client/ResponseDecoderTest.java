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

import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.error.HuaweiOcrAuthenticationException;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.error.HuaweiOcrThrottledException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import static org.assertj.core.api.Assertions.assertThat;

/** Error bodies of every shape become the right exception, with nothing echoed that could hold a secret. */
class ResponseDecoderTest {

    private static ByteBuf body(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
    }

    @Test
    void canonicalRequestEchoedAfterASignatureFailureIsCutOff() {
        HuaweiOcrException e = ResponseDecoder.failure(HuaweiOcrOperation.GENERAL_TEXT, 401, "rid", body(
                "{\"error_code\":\"APIG.0301\",\"error_msg\":\"Incorrect IAM authentication information: verify aksk"
                        + " signature fail, canonicalRequest:POST|/v2/p/ocr/general-text/||x-security-token:SECRET|\"}"),
                1);
        assertThat(e).isInstanceOf(HuaweiOcrAuthenticationException.class);
        assertThat(e.getMessage()).contains("verify aksk signature fail").doesNotContain("SECRET")
                .doesNotContainIgnoringCase("canonicalRequest");
    }

    @Test
    void echoedAccessKeyIsShortened() {
        HuaweiOcrException e = ResponseDecoder.failure(HuaweiOcrOperation.GENERAL_TEXT, 401, "rid", body(
                "{\"error_code\":\"APIG.0301\",\"error_msg\":\"Incorrect IAM authentication information: Get"
                        + " secretKey failed,ak:QTWAOYTTINDUT2QVKYUC,err:ak not exist\"}"), 1);
        assertThat(e.getMessage()).contains("ak:QTWA...,err:ak not exist").doesNotContain("QTWAOYTTINDUT2QVKYUC")
                .contains("does not know this access key");
    }

    @Test
    void nonJsonBodyKeepsItsStartAndHasNoCode() {
        String html = "<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(1000) + "</body></html>";
        HuaweiOcrServiceException e = (HuaweiOcrServiceException) ResponseDecoder.failure(
                HuaweiOcrOperation.GENERAL_TEXT, 502, null, body(html), 2);
        assertThat(e.getErrorCode()).isNull();
        assertThat(e.getErrorMessage()).startsWith("<html><body><h1>502 Bad Gateway</h1>").endsWith("...")
                .hasSizeLessThan(220);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).contains("request id unknown, 2 attempts");
    }

    @Test
    void emptyBodyIsDescribed() {
        HuaweiOcrServiceException e = (HuaweiOcrServiceException) ResponseDecoder.failure(
                HuaweiOcrOperation.GENERAL_TEXT, 503, "r", Unpooled.EMPTY_BUFFER, 1);
        assertThat(e.getErrorMessage()).isEqualTo("(empty body)");
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void codeAndMessageFallbacksAreRead() {
        HuaweiOcrException e = ResponseDecoder.failure(HuaweiOcrOperation.GENERAL_TEXT, 429, "r",
                body("{\"code\":\"APIG.0308\",\"message\":\"over ratelimit\"}"), 1);
        assertThat(e).isInstanceOf(HuaweiOcrThrottledException.class);
    }

    @Test
    void successWithoutJsonIsAnError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResponseDecoder.success(
                        HuaweiOcrOperation.GENERAL_TEXT, 200, "r", body("OK"), 1))
                .isInstanceOf(HuaweiOcrServiceException.class).hasMessageContaining("not a JSON object");
    }
}
