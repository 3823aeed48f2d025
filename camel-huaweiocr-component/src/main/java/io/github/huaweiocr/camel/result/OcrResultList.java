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
package io.github.huaweiocr.camel.result;

import java.util.ArrayList;
import java.util.Collection;

/**
 * An array-valued OCR result (auto-classification, household-register, license plates, smart documents) as a List.
 * A type of its own for the same reason as {@link OcrResultMap}.
 */
public class OcrResultList extends ArrayList<Object> {

    private static final long serialVersionUID = 1L;

    public OcrResultList() {
    }

    public OcrResultList(Collection<?> content) {
        super(content);
    }

    @Override
    public String toString() {
        return OcrJson.write(this);
    }
}
