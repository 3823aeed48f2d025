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

import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

/** Endpoint URIs pointing at a running emulator, with the emulator's credentials. */
public final class EmulatorUris {

    private EmulatorUris() {
    }

    /** {@code huaweiocr:<operation>} signed with the emulator's AK/SK, plus {@code extra} options ({@code &a=b...}). */
    public static String akSk(HuaweiOcrEmulatorExtension emulator, String operation, String extra) {
        return "huaweiocr:" + operation + "?endpoint=" + emulator.baseUrl() + "&projectId=" + emulator.projectId()
               + "&accessKey=RAW(" + emulator.accessKey() + ")&secretKey=RAW(" + emulator.secretKey() + ")" + extra;
    }

    /** {@code huaweiocr:<operation>} in IAM token mode with the emulator's user. */
    public static String token(HuaweiOcrEmulatorExtension emulator, String operation, String extra) {
        return "huaweiocr:" + operation + "?endpoint=" + emulator.baseUrl() + "&projectId=" + emulator.projectId()
               + "&authMode=TOKEN&username=" + emulator.username() + "&password=RAW(" + emulator.password()
               + ")&domainName=" + emulator.domainName() + "&iamEndpoint=" + emulator.baseUrl()
               + "&region=" + emulator.region() + extra;
    }
}
