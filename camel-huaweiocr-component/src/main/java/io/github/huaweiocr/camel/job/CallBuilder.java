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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.huaweiocr.camel.client.OcrCall;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.DocumentLimits;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.input.RequestParameters;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * Builds the {@link OcrCall} of one planned call: checks the document against the operation's limits and merges
 * the request fields (endpoint options, body, what the output type needs, the message's fields, the page), so
 * everything that can be wrong with a call fails here, before a request is sent.
 */
final class CallBuilder {

    private final JobSettings settings;

    CallBuilder(JobSettings settings) {
        this.settings = settings;
    }

    /**
     * @param document   the document, or null for an operation that reads none
     * @param bodyFields request fields from the body of an operation without image, or null
     * @param pageFields the fields that select a PDF page, or empty
     * @throws HuaweiOcrInputException when the call cannot be sent as it is
     */
    OcrCall build(OcrJob job, DocumentSource document, Map<String, ?> bodyFields, Map<String, Object> pageFields) {
        HuaweiOcrOperation operation = job.operation();
        Map<String, Object> parameters = new LinkedHashMap<>(operation == settings.operation()
                ? settings.boundEndpointParameters()
                : RequestParameters.bind(operation, settings.endpointParameters(), "the param.* options"));
        if (operation.takesImage()) {
            DocumentLimits.check(operation, document);
        } else {
            parameters.putAll(RequestParameters.bind(operation, bodyFields, "the message body"));
        }
        parameters.putAll(settings.outputType().requestFields(operation));
        parameters.putAll(job.headerFields());
        parameters.putAll(RequestParameters.bind(operation, pageFields, settings.parametersOrigin()));
        RequestParameters.checkRequired(operation, parameters);
        return new OcrCall(operation, document, parameters, settings.enterpriseProjectId());
    }
}
