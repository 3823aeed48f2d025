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

import java.util.List;

import io.github.huaweiocr.emulator.catalog.OperationCatalog;

/**
 * Answers validated OCR requests by asking its recognizers in turn: fixtures registered by image hash, then (engine
 * {@code rapidocr}) the RapidOCR engine for the text operations, then the deterministic synthetic answer, which
 * answers everything. Thread-safe.
 */
public final class RecognitionEngine implements AutoCloseable {

    /** Engine name: real OCR for text operations, synthetic for the rest. */
    public static final String RAPIDOCR = "rapidocr";
    /** Engine name: synthetic answers only (fast, no native code). */
    public static final String SYNTHETIC = "synthetic";

    private final String name;
    private final FixtureStore fixtures;
    private final List<Recognizer> chain;
    private volatile boolean closed;

    private RecognitionEngine(String name, FixtureStore fixtures, List<Recognizer> chain) {
        this.name = name;
        this.fixtures = fixtures;
        this.chain = chain;
    }

    /**
     * @param engine {@value #RAPIDOCR} or {@value #SYNTHETIC}
     * @throws IllegalArgumentException for any other name
     */
    public static RecognitionEngine create(String engine) {
        OperationCatalog catalog = OperationCatalog.standard();
        FixtureStore fixtures = new FixtureStore(catalog);
        SyntheticRecognizer synthetic = new SyntheticRecognizer(catalog);
        FixtureRecognizer fixtureRecognizer = new FixtureRecognizer(fixtures);
        if (RAPIDOCR.equals(engine)) {
            return new RecognitionEngine(engine, fixtures,
                    List.of(fixtureRecognizer, new RapidOcrRecognizer(synthetic), synthetic));
        }
        if (SYNTHETIC.equals(engine)) {
            return new RecognitionEngine(engine, fixtures, List.of(fixtureRecognizer, synthetic));
        }
        throw new IllegalArgumentException("unknown recognition engine '" + engine + "' (expected " + RAPIDOCR
                + " or " + SYNTHETIC + ")");
    }

    /**
     * Recognises a validated request. Always answers, unless the OCR engine itself fails.
     *
     * @throws RecognitionException {@code AIS.0105} when the OCR engine fails on the image
     * @throws IllegalStateException after {@link #close()}
     */
    public RecognitionResult recognize(RecognitionRequest request) throws RecognitionException {
        if (closed) {
            throw new IllegalStateException("recognition engine is closed");
        }
        for (Recognizer recognizer : chain) {
            var answer = recognizer.recognize(request);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        throw new IllegalStateException("the synthetic recognizer answers every request");
    }

    /**
     * Loads the OCR engine now rather than at the first request (one to two seconds for RapidOCR: its native library
     * and models are extracted and initialised). Does nothing for the synthetic engine.
     *
     * @return whether real OCR is available: false for the synthetic engine, and for RapidOCR on a platform whose
     *         native library is not in the jar (text operations then get synthetic answers)
     */
    public boolean warmUp() {
        return RAPIDOCR.equals(name) && RapidOcrEngine.shared().isPresent();
    }

    /**
     * Whether {@link #recognize} may block its thread: RapidOCR runs a model for up to seconds; the synthetic engine
     * (fixtures included) computes its answer at once.
     */
    public boolean mayBlock() {
        return RAPIDOCR.equals(name);
    }

    /** The fixtures consulted before any engine. */
    public FixtureStore fixtures() {
        return fixtures;
    }

    /** {@value #RAPIDOCR} or {@value #SYNTHETIC}. */
    public String name() {
        return name;
    }

    /**
     * Drops the fixtures and refuses further requests. The RapidOCR native engine is shared by the JVM and stays
     * loaded for the next emulator started in it.
     */
    @Override
    public void close() {
        closed = true;
        fixtures.clear();
    }
}
