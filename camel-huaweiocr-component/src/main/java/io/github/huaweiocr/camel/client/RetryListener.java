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

import java.time.Duration;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/** Told about every retry before its delay starts: for logging, metrics and tests of the delays chosen. */
@FunctionalInterface
interface RetryListener {

    RetryListener NONE = (operation, retry, delay, cause) -> {
    };

    /**
     * @param retry 1 for the first retry
     * @param delay the pause before it
     * @param cause the failure that is retried
     */
    void beforeRetry(HuaweiOcrOperation operation, int retry, Duration delay, Throwable cause);
}
