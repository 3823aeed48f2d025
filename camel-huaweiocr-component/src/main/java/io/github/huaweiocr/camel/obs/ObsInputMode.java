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
package io.github.huaweiocr.camel.obs;

/** How an object in OBS (or another S3-compatible store) reaches the OCR service. */
public enum ObsInputMode {
    /**
     * A short-lived presigned GET URL is sent as the API's {@code url}: the document bytes never pass through the
     * route. The OCR service downloads the object itself, so it must be able to reach the store (same region on
     * Huawei Cloud).
     */
    URL,
    /** The object is downloaded by the component and sent as base64, for stores the OCR service cannot read. */
    DOWNLOAD
}
