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

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every one of the 52 operations, end to end over HTTP against the emulator. */
class AllOperationsTest extends CamelTestSupport {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    @ParameterizedTest
    @EnumSource(HuaweiOcrOperation.class)
    void operationRecognisesADocumentEndToEnd(HuaweiOcrOperation operation) {
        String extra = operation == HuaweiOcrOperation.INVOICE_VERIFICATION
                ? "&param.code=011001900111&param.number=12345678&param.issue_date=2024-01-15&param.check_code=123456"
                : "";
        // 200x120 respects every operation's minimum side (at most 100 px) and maximum (at least 4096 px).
        Object body = operation.takesImage() ? TestImages.png(200, 120) : null;

        Exchange out = template.request(EmulatorUris.akSk(emulator, operation.uriName(), extra),
                e -> e.getMessage().setBody(body));

        assertThat(out.getException()).as(operation.uriName()).isNull();
        Class<?> expected = operation.resultShape() == HuaweiOcrOperation.ResultShape.ARRAY ? List.class : Map.class;
        assertThat(out.getMessage().getBody()).as(operation.uriName()).isInstanceOf(expected);
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.REQUEST_ID, String.class)).isNotBlank();
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.OPERATION)).isEqualTo(operation.uriName());
        assertThat(emulator.admin().requests(operation.segment())).isEqualTo(1);
    }
}
