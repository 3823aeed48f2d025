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
package io.github.huaweiocr.camel.job;

import java.util.List;

/**
 * What a message becomes after its calls, typed: the body and the scalars the binding puts in headers. A null value
 * means the message has no such value, so a header left over from an earlier call is removed.
 *
 * @param operation           the operation that ran, as its URI name
 * @param requestId           Huawei's request id of a single call
 * @param attempts            HTTP requests a single call took, retries included
 * @param imageFormat         the format of a single document sent as bytes ({@code PDF} for a PDF's pages)
 * @param templateId          the template a custom-template call matched
 * @param minConfidence       the lowest confidence over every result
 * @param pageCount           the pages of a PDF
 * @param batchSize           the items of a batch
 * @param batchFailures       the failed items of a batch
 * @param lowConfidence       whether any field is under the confidence threshold (only with a threshold)
 * @param lowConfidenceFields the paths of those fields in the body (only with a threshold)
 */
public record OcrOutcome(Object body, String operation, String requestId, Integer attempts, String imageFormat,
                         String templateId, Double minConfidence, Integer pageCount, Integer batchSize,
                         Integer batchFailures, Boolean lowConfidence, List<String> lowConfidenceFields) {
}
