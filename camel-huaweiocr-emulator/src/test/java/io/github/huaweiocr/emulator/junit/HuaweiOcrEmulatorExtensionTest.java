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
package io.github.huaweiocr.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.support.OcrTestClient;
import io.github.huaweiocr.emulator.support.TestImages;

/** One emulator for the class, configured as asked, reset between tests. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HuaweiOcrEmulatorExtensionTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension()
            .configure(b -> b.region("ap-southeast-1").accessKey("EXTENSIONAK"));

    private static int firstPort;

    private int call() {
        return new OcrTestClient(emulator.baseUrl()).postSigned("/v2/" + emulator.projectId() + "/ocr/passport",
                ("{\"image\":\"" + TestImages.base64Png(50, 50) + "\"}").getBytes(StandardCharsets.UTF_8),
                emulator.accessKey(), emulator.secretKey()).status();
    }

    @Test
    @Order(1)
    void startsConfiguredOnALoopbackPortWithTheSyntheticEngine() {
        firstPort = emulator.emulator().port();
        assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + firstPort);
        assertThat(emulator.region()).isEqualTo("ap-southeast-1");
        assertThat(emulator.accessKey()).isEqualTo("EXTENSIONAK");
        assertThat(emulator.projectId()).matches("[0-9a-f]{32}");
        assertThat(emulator.emulator().config().engine()).isEqualTo("synthetic");
        emulator.admin().injectFault(FaultSpec.serverError());
        emulator.admin().setQuota(1);
        assertThat(call()).isEqualTo(500);
    }

    @Test
    @Order(2)
    void theNextTestGetsTheSameEmulatorReset() {
        assertThat(emulator.emulator().port()).isEqualTo(firstPort);
        assertThat(emulator.admin().totalRequests()).isZero();
        assertThat(call()).isEqualTo(200);
        assertThat(emulator.admin().requests("passport")).isEqualTo(1);
    }
}
