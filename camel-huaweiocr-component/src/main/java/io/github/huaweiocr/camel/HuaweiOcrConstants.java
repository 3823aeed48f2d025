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

import org.apache.camel.spi.Metadata;

/** Message headers the huaweiocr component reads and writes. */
public final class HuaweiOcrConstants {

    @Metadata(label = "producer", description = "The operation to call for this message, overriding the endpoint's: its URI"
            + " name (generalText), path segment (general-text) or enum name (GENERAL_TEXT). After the call it holds the"
            + " operation that ran, as its URI name.", javaType = "String")
    public static final String OPERATION = "CamelHuaweiOcrOperation";

    @Metadata(label = "producer", description = "The API's own request fields for this message (field name to value),"
            + " added to and overriding the endpoint's parameters (the param. prefixed options); checked against the operation before sending.",
              javaType = "java.util.Map<String, Object>")
    public static final String PARAMETERS = "CamelHuaweiOcrParameters";

    @Metadata(label = "producer", description = "An http(s) URL the service downloads the document from; when set the"
            + " body is ignored.", javaType = "String")
    public static final String IMAGE_URL = "CamelHuaweiOcrImageUrl";

    @Metadata(label = "producer", description = "The X-Request-Id of the response, to quote to Huawei support.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelHuaweiOcrRequestId";

    @Metadata(label = "producer", description = "How many HTTP requests the call took, retries included (1 when the"
            + " first succeeded).", javaType = "Integer")
    public static final String ATTEMPTS = "CamelHuaweiOcrAttempts";

    @Metadata(label = "producer", description = "The lowest confidence (0..1) found anywhere in the result; absent when"
            + " the result carries no confidence.", javaType = "Double")
    public static final String MIN_CONFIDENCE = "CamelHuaweiOcrMinConfidence";

    @Metadata(label = "producer", description = "The format of the document sent (JPEG, PNG, PDF, ...), as read from its"
            + " first bytes; absent for URL inputs.", javaType = "String")
    public static final String IMAGE_FORMAT = "CamelHuaweiOcrImageFormat";

    @Metadata(label = "producer", description = "The number of pages of a PDF body (the pages option may select fewer).",
              javaType = "Integer")
    public static final String PAGE_COUNT = "CamelHuaweiOcrPageCount";

    @Metadata(label = "producer", description = "Set by HuaweiOcrPdfPages on each exchange of a PDF split into one"
            + " exchange per page: the page's 1-based number in the original document (the body is that page as a"
            + " one-page PDF).", javaType = "Integer")
    public static final String PDF_PAGE = "CamelHuaweiOcrPdfPage";

    @Metadata(label = "producer", description = "The number of items of a batch body (a List, Collection or array of"
            + " documents).", javaType = "Integer")
    public static final String BATCH_SIZE = "CamelHuaweiOcrBatchSize";

    @Metadata(label = "producer", description = "The number of items of a batch body that failed; each failure is in its"
            + " item's entry.", javaType = "Integer")
    public static final String BATCH_FAILURES = "CamelHuaweiOcrBatchFailures";

    @Metadata(label = "producer", description = "With confidenceThreshold: whether any confidence in the result is below"
            + " it.", javaType = "Boolean")
    public static final String LOW_CONFIDENCE = "CamelHuaweiOcrLowConfidence";

    @Metadata(label = "producer", description = "With confidenceThreshold: the paths of the fields or words whose"
            + " confidence is below it, e.g. words_block_list[3] or name.", javaType = "java.util.List<String>")
    public static final String LOW_CONFIDENCE_FIELDS = "CamelHuaweiOcrLowConfidenceFields";

    @Metadata(label = "producer", description = "The template_id customTemplate answers next to its result: the"
            + " template that was applied. Absent for other operations.",
              javaType = "String")
    public static final String TEMPLATE_ID = "CamelHuaweiOcrTemplateId";

    private HuaweiOcrConstants() {
    }
}
