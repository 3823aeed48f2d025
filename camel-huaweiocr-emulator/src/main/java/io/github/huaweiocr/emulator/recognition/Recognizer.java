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
package io.github.huaweiocr.emulator.recognition;

/**
 * Produces the {@code result} of an OCR operation for an image that already passed validation. Implementations:
 * fixtures registered by image hash, the RapidOCR engine for text operations, and a deterministic synthetic answer
 * for everything else.
 */
public interface Recognizer {

    /**
     * @return the answer, or empty when this recognizer does not handle the request (the next one is asked)
     * @throws RecognitionException with an {@code AIS.*} code when recognition fails
     */
    java.util.Optional<RecognitionResult> recognize(RecognitionRequest request) throws RecognitionException;
}
