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
package io.github.huaweiocr.benchmarks.peers;

import java.net.URI;

/**
 * Where the peers send their calls and with which account.
 *
 * @param endpoint  OCR base URL, {@code http://127.0.0.1:PORT}
 * @param projectId IAM project id in the path
 */
public record Target(URI endpoint, String region, String projectId, String accessKey, String secretKey) {

    /** Host header value, port included. */
    public String host() {
        return endpoint.getAuthority();
    }

    public String generalTextPath() {
        return "/v2/" + projectId + "/ocr/general-text";
    }

    @Override
    public String toString() {
        return "Target[endpoint=" + endpoint + ", region=" + region + ", projectId=" + projectId + ", accessKey="
                + accessKey + "]";
    }
}
