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
package io.github.huaweiocr.camel;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.operation.Limits;
import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Everything that is wrong with a message or an option fails locally, with the reason, and no request reaches the
 * emulator (checked on its statistics after every test).
 */
class LocalValidationTest extends CamelTestSupport {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    @AfterEach
    void nothingWasSent() {
        assertThat(emulator.admin().totalRequests()).as("requests that reached the emulator").isZero();
    }

    @Test
    void rejectsAFormatTheOperationDoesNotAccept() {
        assertInputError("idCard", TestImages.image("gif", 100, 100), "idCard accepts JPEG, PNG, BMP, TIFF; this document"
                                                                       + " is GIF");
    }

    @Test
    void rejectsImagesWithASideBelowTheMinimum() {
        assertInputError("generalText", TestImages.png(12, 400),
                "generalText accepts images whose sides are 15..30000 px; this PNG is 12x400 px. Enlarge it");
    }

    @Test
    void rejectsImagesWithASideAboveTheMaximum() {
        assertInputError("vin", TestImages.png(4100, 20), "vin accepts images whose sides are 15..4096 px; this PNG is"
                                                          + " 4100x20 px. Shrink it");
    }

    @Test
    void rejectsImagesAboveTheMegapixelLimit() {
        assertInputError("generalText", pngHeader(13000, 13000, 64),
                "generalText accepts images up to 160 megapixels; this PNG is 13000x13000 px (169.0 megapixels)");
    }

    @Test
    void rejectsDocumentsWhoseBase64IsAboveTenMegabytes() {
        byte[] big = pngHeader(2000, 2000, (int) Limits.MAX_RAW_LENGTH + 3);
        assertInputError("generalText", big, "accepts documents up to 10 MB of base64");
        assertInputError("generalText", ByteBuffer.wrap(big), "accepts documents up to 10 MB of base64");
    }

    @Test
    void rejectsStringsThatAreNeitherUrlsNorBase64() {
        assertInputError("generalText", "/etc/hosts is not an image", "never read as a file path");
        assertInputError("generalText", "/etc/hosts", "never read as a file path");
    }

    @Test
    void rejectsUnknownFormatsEmptyBodiesAndUnsupportedTypes() {
        assertInputError("generalText", "plain text".getBytes(), "Unrecognised document format");
        assertInputError("generalText", null, "The message body is empty");
        assertInputError("generalText", 42, "Cannot read a document from a java.lang.Integer body");
    }

    @Test
    void rejectsNonHttpImageUrls() {
        assertInputError("generalText", TestImages.png(50, 50), "http or https",
                e -> e.getMessage().setHeader(HuaweiOcrConstants.IMAGE_URL, "file:///etc/passwd"));
    }

    @Test
    void rejectsUnknownOrMistypedFieldsInTheParametersHeader() {
        assertInputError("idCard", TestImages.png(50, 50), "Unknown request field 'sied'",
                e -> e.getMessage().setHeader(HuaweiOcrConstants.PARAMETERS, Map.of("sied", "back")));
        assertInputError("idCard", TestImages.png(50, 50), "must be a boolean",
                e -> e.getMessage().setHeader(HuaweiOcrConstants.PARAMETERS, Map.of("return_verification", "maybe")));
    }

    @Test
    void rejectsAnUnknownOperationHeader() {
        assertInputError("generalText", TestImages.png(50, 50), "Unknown Huawei OCR operation 'generalTxt'",
                e -> e.getMessage().setHeader(HuaweiOcrConstants.OPERATION, "generalTxt"));
    }

    @Test
    void rejectsTextOutputForAnOperationWithoutLinesChosenByHeader() {
        String uri = EmulatorUris.akSk(emulator, "generalText", "&outputType=TEXT");
        Exchange out = template.request(uri, e -> {
            e.getMessage().setBody(TestImages.png(50, 50));
            e.getMessage().setHeader(HuaweiOcrConstants.OPERATION, "idCard");
        });
        assertThat(out.getException()).isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("outputType TEXT is for operations that return lines of text");
    }

    @Test
    void rejectsInvoiceVerificationWithoutItsRequiredFields() {
        assertInputError("invoiceVerification", Map.of("code", "1"), "requires the fields [number, issue_date]");
    }

    @Test
    void unknownOperationFailsAtEndpointCreationListingTheValidOnes() {
        assertCreationError("huaweiocr:generalTxt?region=cn-north-4&accessKey=a&secretKey=b&projectId=p",
                "Unknown Huawei OCR operation 'generalTxt'. Valid operations: acceptanceBill, autoClassification");
    }

    @Test
    void parameterTypoFailsAtEndpointCreationNamingTheValidFields() {
        assertCreationError(EmulatorUris.akSk(emulator, "idCard", "&param.sied=back"),
                "Unknown request field 'sied' in the param.* options for idCard. Valid fields: side (string),"
                + " return_verification (boolean)");
        assertCreationError(EmulatorUris.akSk(emulator, "generalText", "&param.pdf_page_number=two"),
                "must be an integer; got 'two'");
    }

    @Test
    void missingOrIncompleteCredentialsFailAtEndpointCreation() {
        String base = "huaweiocr:generalText?endpoint=" + emulator.baseUrl() + "&projectId=p";
        assertCreationError(base, "authMode=AKSK needs accessKey and secretKey");
        assertCreationError(base + "&accessKey=ak", "authMode=AKSK needs secretKey (accessKey is set)");
        assertCreationError(base + "&authMode=TOKEN&username=u&domainName=d&region=cn-north-4",
                "authMode=TOKEN needs password");
    }

    @Test
    void missingProjectAndRegionAndBadUrlsFailAtEndpointCreation() {
        assertCreationError("huaweiocr:generalText?endpoint=" + emulator.baseUrl() + "&accessKey=a&secretKey=b",
                "projectId is not set, and there is no region to look it up in");
        assertCreationError("huaweiocr:generalText?accessKey=a&secretKey=b&projectId=p",
                "endpoint is not set and there is no region to derive it from");
        assertCreationError("huaweiocr:generalText?region=mars-1&accessKey=a&secretKey=b&projectId=p",
                "region 'mars-1' is not one Huawei OCR is offered in");
        assertCreationError("huaweiocr:generalText?endpoint=ftp://host&accessKey=a&secretKey=b&projectId=p",
                "endpoint must be an absolute http(s) URL");
        assertCreationError(EmulatorUris.akSk(emulator, "generalText", "&proxyHost=proxy.local"),
                "proxyHost is set without proxyPort");
        assertCreationError(EmulatorUris.akSk(emulator, "generalText", "&maxConcurrentRequests=0"),
                "maxConcurrentRequests must be at least 1, not 0");
    }

    @Test
    void textOutputForAnOperationWithoutLinesFailsAtEndpointCreation() {
        assertCreationError(EmulatorUris.akSk(emulator, "idCard", "&outputType=TEXT"),
                "outputType=TEXT is for operations that return lines of text (generalTable, generalText, handwriting,"
                + " smartDocumentRecognizer, webImage), not idCard");
    }

    @Test
    void regionGivesTheDefaultEndpoints() {
        HuaweiOcrEndpoint endpoint = context.getEndpoint(
                "huaweiocr:generalText?region=ap-southeast-1&accessKey=a&secretKey=b", HuaweiOcrEndpoint.class);
        assertThat(endpoint.getServiceUrl()).isEqualTo("https://ocr.ap-southeast-1.myhuaweicloud.com");
        assertThat(endpoint.getServiceMetadata()).containsEntry("region", "ap-southeast-1");
    }

    @Test
    void componentLevelOptionsApplyToEveryEndpointAndEndpointsOverrideThem() {
        HuaweiOcrComponent component = context.getComponent("huaweiocr", HuaweiOcrComponent.class);
        Map<String, Object> options = new HashMap<>(Map.of("endpoint", emulator.baseUrl(),
                "projectId", emulator.projectId(), "accessKey", emulator.accessKey(), "secretKey", "wrong",
                "outputType", "TEXT"));
        // The generated configurer, found through its services file, is what Camel Main and Spring Boot use.
        PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("huaweiocr-component", context);
        assertThat(configurer).isNotNull();
        options.forEach((name, value) -> assertThat(configurer.configure(context, component, name, value, true))
                .as(name).isTrue());
        HuaweiOcrEndpoint endpoint = context.getEndpoint("huaweiocr:handwriting?secretKey=RAW(" + emulator.secretKey()
                                                         + ")", HuaweiOcrEndpoint.class);
        assertThat(endpoint.getConfiguration().getAccessKey()).isEqualTo(emulator.accessKey());
        assertThat(endpoint.getConfiguration().getSecretKey()).isEqualTo(emulator.secretKey());
        assertThat(component.getConfiguration().getSecretKey()).isEqualTo("wrong");
        assertThat(endpoint.getConfiguration().getOutputType()).hasToString("TEXT");
    }

    private void assertInputError(String operation, Object body, String message) {
        assertInputError(operation, body, message, e -> {
        });
    }

    private void assertInputError(String operation, Object body, String message, Consumer<Exchange> headers) {
        Exchange out = template.request(EmulatorUris.akSk(emulator, operation, ""), e -> {
            e.getMessage().setBody(body);
            headers.accept(e);
        });
        assertThat(out.getException()).isInstanceOf(HuaweiOcrInputException.class).hasMessageContaining(message);
    }

    private void assertCreationError(String uri, String message) {
        assertThatThrownBy(() -> context.getEndpoint(uri)).isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining(message);
    }

    /** A PNG signature and IHDR declaring {@code width x height}, padded to {@code length} bytes. */
    private static byte[] pngHeader(int width, int height, int length) {
        ByteBuffer png = ByteBuffer.allocate(length);
        png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }).putInt(13)
                .put(new byte[] { 'I', 'H', 'D', 'R' }).putInt(width).putInt(height);
        return png.array();
    }
}
