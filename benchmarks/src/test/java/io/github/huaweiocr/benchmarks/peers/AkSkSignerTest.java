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

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AkSkSignerTest {

    /** Published vector V2 of the API specification (section 3.3): POST with a JSON body, host and date signed. */
    @Test
    void signsThePublishedPostVector() {
        AkSkSigner signer = new AkSkSigner("AccessKey", "SecretKey");

        Map<String, String> headers = signer.sign("service.region.example.com",
                "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123", "{\"key\":\"value\"}".getBytes(StandardCharsets.UTF_8),
                ZonedDateTime.of(2019, 11, 15, 3, 36, 55, 0, ZoneOffset.UTC));

        assertThat(headers).containsEntry("X-Sdk-Date", "20191115T033655Z")
                .containsEntry("Authorization", "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                        + "Signature=b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771");
    }

    @Test
    void neverShowsTheSecretKey() {
        assertThat(new AkSkSigner("AK", "TopSecretValue")).asString().doesNotContain("TopSecretValue");
    }
}
