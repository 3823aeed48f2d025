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
package io.github.huaweiocr.camel.error;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's verdicts for the codes of section 4 of the API specification. */
class ErrorCatalogTest {

    @Test
    void everyCodeOfTheSpecificationIsCatalogued() {
        List<String> codes = List.of("AIS.0101", "AIS.0102", "AIS.0103", "AIS.0104", "AIS.0105", "AIS.0117",
                "AIS.0118", "AIS.0119", "AIS.0120", "AIS.0121", "AIS.0122", "ModelArts.0203", "ModelArts.0212",
                "ModelArts.4101", "ModelArts.4102", "ModelArts.4103", "ModelArts.4104", "ModelArts.4105",
                "ModelArts.4106", "ModelArts.4107", "ModelArts.4201", "ModelArts.4202", "ModelArts.4203",
                "ModelArts.4204", "ModelArts.4301", "ModelArts.4302", "ModelArts.4401", "ModelArts.4402",
                "ModelArts.4403", "ModelArts.4502", "ModelArts.4503", "ModelArts.4504", "ModelArts.4505",
                "ModelArts.4506", "ModelArts.4508", "ModelArts.4601", "ModelArts.4603", "ModelArts.4702",
                "ModelArts.4703", "ModelArts.4704", "ModelArts.4705", "ModelArts.4706", "ModelArts.6201", "APIG.0101",
                "APIG.0106", "APIG.0201", "APIG.0301", "APIG.0302", "APIG.0307", "APIG.0308", "APIG.0310",
                "APIG.0613");
        assertThat(codes).allSatisfy(code -> assertThat(ErrorCatalog.lookup(code)).as(code).isPresent());
    }

    @Test
    void throttlingIsRetriedAndSaysToWait() {
        ErrorCatalog.Classification verdict = ErrorCatalog.classify(429, "APIG.0308",
                "The throttling threshold has been reached: policy user over ratelimit,limit:10,time:1 minute", null);
        assertThat(verdict.kind()).isEqualTo(ErrorKind.THROTTLED);
        assertThat(verdict.retryable()).isTrue();
        assertThat(verdict.hint()).contains("2-5 seconds");
    }

    @Test
    void gatewayErrorIsRetriedOnlyForBackendStatuses() {
        assertThat(ErrorCatalog.classify(504, "APIG.0201", "Backend timeout.", null).retryable()).isTrue();
        assertThat(ErrorCatalog.classify(502, "APIG.0201", "Backend unavailable.", null).retryable()).isTrue();
        assertThat(ErrorCatalog.classify(413, "APIG.0201", "Request entity too large.", null).retryable()).isFalse();
    }

    @Test
    void apig0301VariantsAreToldApart() {
        assertThat(ErrorCatalog.classify(401, "APIG.0301", "Incorrect IAM authentication information: verify aksk"
                + " signature fail", null)).satisfies(v -> {
                    assertThat(v.kind()).isEqualTo(ErrorKind.SIGNATURE);
                    assertThat(v.hint()).contains("no spaces").contains("clock");
                });
        assertThat(ErrorCatalog.classify(401, "APIG.0301", "Incorrect IAM authentication information: token expires,"
                + " expires_at: 2026-01-01T00:00:00Z", null).kind()).isEqualTo(ErrorKind.TOKEN_EXPIRED);
        assertThat(ErrorCatalog.classify(401, "APIG.0301", "Incorrect IAM authentication information: Get secretKey"
                + " failed,ak:XYZ,err:ak not exist", null).hint()).contains("does not know this access key");
        assertThat(ErrorCatalog.classify(401, "APIG.0301", "Incorrect IAM authentication information: AK access"
                + " failed to reach the limit,forbidden", null).hint()).contains("locked");
        assertThat(ErrorCatalog.classify(401, "APIG.0301", "Incorrect IAM authentication information: decrypt token"
                + " fail", null).kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(ErrorCatalog.classify(401, "APIG.0307", "The token must be updated.", null).kind())
                .isEqualTo(ErrorKind.TOKEN_EXPIRED);
    }

    @Test
    void apigwCodesAreReadAsApig() {
        assertThat(ErrorCatalog.classify(401, "APIGW.0301", "verify aksk signature fail", null).kind())
                .isEqualTo(ErrorKind.SIGNATURE);
    }

    @Test
    void pixelSizeHintNamesTheOperationsOwnLimits() {
        assertThat(ErrorCatalog.classify(400, "AIS.0103", "The image size does not meet the requirements.",
                HuaweiOcrOperation.GENERAL_TEXT).hint())
                .contains("general-text").contains("at least 15 px").contains("at most 30000 px")
                .contains("160 megapixels");
        assertThat(ErrorCatalog.classify(400, "AIS.0103", null, HuaweiOcrOperation.DRIVER_LICENSE).hint())
                .contains("at least 100 px").contains("at most 8192 px");
    }

    @Test
    void faqRemediesAreGiven() {
        assertThat(ErrorCatalog.lookup("ModelArts.4204").orElseThrow().hint()).contains("OCR console");
        assertThat(ErrorCatalog.lookup("ModelArts.4704").orElseThrow().hint()).contains("obsInputMode=DOWNLOAD");
        assertThat(ErrorCatalog.lookup("ModelArts.4603").orElseThrow().hint()).contains("unreachable");
        assertThat(ErrorCatalog.lookup("ModelArts.4104").orElseThrow().hint()).contains("10 MB");
        assertThat(ErrorCatalog.lookup("AIS.0102").orElseThrow().hint()).contains("format");
    }

    @Test
    void transientPlatformCodesAreRetriedAndInputCodesAreNot() {
        for (String code : List.of("ModelArts.4401", "ModelArts.4402", "ModelArts.4403", "ModelArts.4301",
                "ModelArts.4302", "ModelArts.4502", "ModelArts.4505")) {
            assertThat(ErrorCatalog.classify(500, code, "", null).retryable()).as(code).isTrue();
        }
        for (String code : List.of("AIS.0101", "AIS.0102", "AIS.0103", "AIS.0104", "ModelArts.4104",
                "ModelArts.4204", "APIG.0101")) {
            assertThat(ErrorCatalog.classify(400, code, "", null).retryable()).as(code).isFalse();
        }
    }

    @Test
    void bodiesWithoutCodeAreJudgedByStatus() {
        assertThat(ErrorCatalog.classify(503, null, "<html>", null).retryable()).isTrue();
        assertThat(ErrorCatalog.classify(500, null, "<html>", null).retryable()).isTrue();
        assertThat(ErrorCatalog.classify(429, null, "", null).kind()).isEqualTo(ErrorKind.THROTTLED);
        assertThat(ErrorCatalog.classify(404, null, "Not Found", null).retryable()).isFalse();
    }

    @Test
    void serviceExceptionMessageCarriesEverythingButSecrets() {
        HuaweiOcrServiceException e = new HuaweiOcrAuthenticationException(HuaweiOcrOperation.VAT_INVOICE, 401,
                "APIG.0301", "Incorrect IAM authentication information: verify aksk signature fail",
                "1a2b3c", 1, ErrorKind.SIGNATURE, "Check the access key and secret key (no spaces), and that this"
                        + " machine's clock is right.");
        assertThat(e.getMessage()).isEqualTo("vat-invoice failed: HTTP 401 APIG.0301 Incorrect IAM authentication"
                + " information: verify aksk signature fail (request 1a2b3c, 1 attempt). Check the access key and"
                + " secret key (no spaces), and that this machine's clock is right.");
        assertThat(e.isRetryable()).isFalse();
    }
}
