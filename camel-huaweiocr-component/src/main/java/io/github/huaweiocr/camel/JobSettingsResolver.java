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

import java.time.Duration;

import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.PageSelection;
import io.github.huaweiocr.camel.input.PdfDocumentReader;
import io.github.huaweiocr.camel.input.RequestParameters;
import io.github.huaweiocr.camel.job.JobSettings;
import io.github.huaweiocr.camel.obs.ObsSettings;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.Limits;
import io.github.huaweiocr.camel.result.OutputType;

/**
 * Checks the options of documents, pages, batches, objects and outputs and resolves them into {@link JobSettings},
 * once, when the endpoint is created: a wrong option stops the route from starting instead of failing the first
 * message. The companion of {@link ClientSettingsResolver}, which does the same for the HTTP client's options.
 */
final class JobSettingsResolver {

    private JobSettingsResolver() {
    }

    /**
     * @throws IllegalArgumentException naming the wrong option
     */
    static JobSettings resolve(HuaweiOcrConfiguration configuration, HuaweiOcrOperation operation) {
        OutputType outputType = configuration.getOutputType() == null ? OutputType.MAP : configuration.getOutputType();
        outputType.problemWith(operation).ifPresent(problem -> {
            throw new IllegalArgumentException("outputType=" + outputType + " " + problem);
        });
        int dpi = configuration.getPdfDpi();
        if (dpi < PdfDocumentReader.MIN_DPI || dpi > PdfDocumentReader.MAX_DPI) {
            throw new IllegalArgumentException("pdfDpi must be between " + PdfDocumentReader.MIN_DPI + " and "
                    + PdfDocumentReader.MAX_DPI + ", got " + dpi);
        }
        if (configuration.getMaxPages() < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, got " + configuration.getMaxPages());
        }
        try {
            PageSelection.checkSyntax(configuration.getPages());
        } catch (HuaweiOcrInputException e) {
            throw new IllegalArgumentException("pages: " + e.getMessage(), e);
        }
        Double threshold = configuration.getConfidenceThreshold();
        if (threshold != null && !(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("confidenceThreshold must be between 0 and 1, got " + threshold);
        }
        long expiry = configuration.getObsUrlExpiry();
        if (expiry < 1000 || expiry > Limits.MAX_URL_EXPIRY.toMillis()) {
            throw new IllegalArgumentException("obsUrlExpiry must be between 1 second and 7 days, got " + expiry + " ms");
        }
        return JobSettings.builder()
                .operation(operation)
                .outputType(outputType)
                .endpointParameters(configuration.getParameters(), RequestParameters.bind(operation,
                        configuration.getParameters(), "the param.* options"))
                .parametersOrigin(HuaweiOcrConstants.PARAMETERS)
                .enterpriseProjectId(configuration.getEnterpriseProjectId())
                .pdfDpi(dpi)
                .maxPages(configuration.getMaxPages())
                .pages(configuration.getPages())
                .confidenceThreshold(threshold)
                .autoDownscale(configuration.isAutoDownscale())
                .maxConcurrentRequests(configuration.getMaxConcurrentRequests())
                .batchFailFast(configuration.isBatchFailFast())
                .obsInputMode(configuration.getObsInputMode())
                .obsSettings(() -> obsSettings(configuration))
                .build();
    }

    /**
     * The store settings: obsEndpoint or OBS of the region, obsAccessKey/obsSecretKey or the OCR credentials. Made
     * when an object is read, since a credentials provider may hand out new keys at any time; an endpoint that never
     * reads objects needs none of it.
     *
     * @throws HuaweiOcrInputException when credentials or the store's address are missing
     */
    private static ObsSettings obsSettings(HuaweiOcrConfiguration configuration) {
        String accessKey = configuration.getObsAccessKey();
        String secretKey = configuration.getObsSecretKey();
        String token = null;
        if (accessKey == null) {
            Credentials ocr = configuration.getCredentialsProvider() != null
                    ? configuration.getCredentialsProvider().resolve()
                    : configuration.getAccessKey() != null
                    ? new Credentials(configuration.getAccessKey(), configuration.getSecretKey(),
                            configuration.getSecurityToken())
                    : null;
            if (ocr == null) {
                throw new HuaweiOcrInputException("Reading an object needs credentials: set obsAccessKey/obsSecretKey"
                        + " or the OCR accessKey/secretKey");
            }
            accessKey = ocr.accessKey();
            secretKey = secretKey != null ? secretKey : ocr.secretKey();
            token = ocr.securityToken();
        }
        if (configuration.getObsEndpoint() == null && configuration.getRegion() == null) {
            throw new HuaweiOcrInputException("Reading an object needs obsEndpoint, or region for Huawei OBS");
        }
        try {
            return new ObsSettings(configuration.getObsEndpoint(), configuration.getRegion(), accessKey, secretKey,
                    token, Duration.ofMillis(configuration.getObsUrlExpiry()), configuration.isAllowCrossRegionObs(),
                    Limits.MAX_RAW_LENGTH, null);
        } catch (IllegalArgumentException e) {
            throw new HuaweiOcrInputException(e.getMessage(), e);
        }
    }
}
