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
package io.github.huaweiocr.camel.operation;

import io.github.huaweiocr.camel.HuaweiOcrEndpoint;

/**
 * A class in the bottom package that uses the top one: what the package direction rule must report. Test sources
 * only, so it never reaches the jar.
 */
public final class UpwardImportFixture {

    private UpwardImportFixture() {
    }

    /** The upward use the rule must see. */
    public static String operationOf(HuaweiOcrEndpoint endpoint) {
        return endpoint.getOperation();
    }
}
