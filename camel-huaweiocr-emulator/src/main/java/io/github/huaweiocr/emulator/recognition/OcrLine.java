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
