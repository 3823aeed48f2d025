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

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * The per-user rate limit ({@code APIG.0308}, HTTP 429) or the backend concurrency limit was reached, and the retries
 * did not get through. Huawei advises waiting 2 to 5 seconds before sending again.
 */
public class HuaweiOcrThrottledException extends HuaweiOcrServiceException {

    public HuaweiOcrThrottledException(HuaweiOcrOperation operation, int statusCode, String errorCode,
                                       String errorMessage, String requestId, int attempts, String hint) {
        super(operation, statusCode, errorCode, errorMessage, requestId, attempts, ErrorKind.THROTTLED, true, hint);
    }
}
