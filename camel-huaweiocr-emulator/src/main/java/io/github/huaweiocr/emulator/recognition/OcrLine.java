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
 * One text line found by the OCR engine.
 *
 * @param text       the recognised text
 * @param box        four {@code [x, y]} integer points, clockwise from the top-left
 * @param confidence mean confidence of the characters, 0..1
 * @param charScores confidence of each character of {@code text}, in order (may be shorter than the text when the
 *                   engine scored fewer characters)
 */
record OcrLine(String text, int[][] box, double confidence, float[] charScores) {
}
