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

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the text of raster images with RapidOCR for the text operations (general-text, handwriting, web-image,
 * general-table as text regions, smart-document-recognizer's ocr_result). The fields the engine cannot provide come
 * from the synthetic generator. Other operations, and documents the engine cannot decode (PDF, OFD, WEBP, PCX, ICO,
 * PSD), are left to the next recognizer; so is everything when the native engine cannot run on this machine.
 */
final class RapidOcrRecognizer implements Recognizer {

    private static final Logger LOG = LoggerFactory.getLogger(RapidOcrRecognizer.class);

    private final SyntheticRecognizer synthetic;

    RapidOcrRecognizer(SyntheticRecognizer synthetic) {
        this.synthetic = synthetic;
    }

    @Override
    public Optional<RecognitionResult> recognize(RecognitionRequest request) throws RecognitionException {
        if (request.image() == null || !TextOverlay.supports(request.operation().segment())
                || !RapidOcrEngine.readable(request.format())) {
            return Optional.empty();
        }
        Optional<RapidOcrEngine> engine = RapidOcrEngine.shared();
        if (engine.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<OcrLine>> lines;
        try {
            lines = engine.get().read(request.image(), request.format());
        } catch (IOException | RuntimeException e) {
            LOG.warn("RapidOCR failed on a {} image for {}: {}", request.format(), request.operation().segment(),
                    e.toString());
            throw new RecognitionException("AIS.0105", "Recognition failed.");
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode body = request.body() == null ? JsonNodeFactory.instance.objectNode() : request.body();
        SplittableRandom random = new SplittableRandom(SyntheticRecognizer.seed(request, body));
        TextOverlay overlay = new TextOverlay(request.operation(), body, lines.get(), random);
        return Optional.of(new RecognitionResult(overlay.apply(synthetic.generate(request).result())));
    }
}
