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

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;

import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;

/**
 * The RapidOCR engine (PP-OCRv3 detection + recognition, Chinese and English, ONNX Runtime), one per JVM.
 * <p>
 * The library keeps a single native engine in a static field and is not safe for concurrent calls, so this class is a
 * lazily created singleton whose {@link #read} calls are serialised. The engine only reads image files: each image is
 * written to a temporary file that is deleted afterwards. Formats the native decoder does not read (GIF, TIFF) are
 * converted to PNG first when the JDK can decode them.
 */
final class RapidOcrEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RapidOcrEngine.class);
    /** What the engine's own decoder reads. */
    private static final Set<String> NATIVE_FORMATS = Set.of("JPEG", "PNG", "BMP");
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static volatile RapidOcrEngine instance;
    private static volatile boolean unavailable;

    private final InferenceEngine engine;

    private RapidOcrEngine(InferenceEngine engine) {
        this.engine = engine;
    }

    /**
     * The engine of this JVM, created (native library and models extracted and loaded) at the first call; empty when
     * the native library cannot run here (the jar carries natives for the platform it was built on), which is
     * logged once.
     */
    static Optional<RapidOcrEngine> shared() {
        RapidOcrEngine engine = instance;
        if (engine == null && !unavailable) {
            synchronized (RapidOcrEngine.class) {
                engine = instance;
                if (engine == null && !unavailable) {
                    engine = create();
                }
            }
        }
        return Optional.ofNullable(engine);
    }

    private static RapidOcrEngine create() {
        long start = System.nanoTime();
        try {
            RapidOcrNativeLibrary.install();
            RapidOcrEngine engine = new RapidOcrEngine(
                    InferenceEngine.getInstance(Model.ONNX_PPOCR_V3, new HardwareConfig(THREADS, -1)));
            // The library extracts and loads its native code and models at the first image, not here.
            engine.load();
            instance = engine;
            LOG.info("RapidOCR engine loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            return engine;
        } catch (RuntimeException | LinkageError e) {
            unavailable = true;
            LOG.warn("RapidOCR cannot run on {} {} ({}); text operations get synthetic answers",
                    System.getProperty("os.name"), System.getProperty("os.arch"), e.toString());
            return null;
        }
    }

    private void load() {
        BufferedImage blank = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(blank, "png", png);
            read(png.toByteArray(), "PNG");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the RapidOCR engine", e);
        }
    }

    /** Whether the engine can read this format, possibly after conversion. */
    static boolean readable(String format) {
        return format != null && (NATIVE_FORMATS.contains(format) || format.equals("GIF") || format.equals("TIFF"));
    }

    /**
     * Recognises the text lines of an image.
     *
     * @return the lines in the engine's order (top to bottom), or empty when the image could not be decoded
     */
    Optional<List<OcrLine>> read(byte[] image, String format) throws IOException {
        byte[] bytes = image;
        String extension = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (!NATIVE_FORMATS.contains(format)) {
            Optional<byte[]> png = toPng(image);
            if (png.isEmpty()) {
                return Optional.empty();
            }
            bytes = png.get();
            extension = "png";
        }
        Path file = Files.createTempFile("huaweiocr-emulator-", "." + (extension.equals("jpeg") ? "jpg" : extension));
        try {
            Files.write(file, bytes);
            OcrResult result;
            synchronized (this) {
                result = engine.runOcr(file.toString());
            }
            return Optional.of(lines(result));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<OcrLine> lines(OcrResult result) {
        List<OcrLine> lines = new ArrayList<>();
        for (TextBlock block : result.getTextBlocks()) {
            String text = block.getText() == null ? "" : block.getText().strip();
            if (text.isEmpty()) {
                continue;
            }
            List<Point> points = block.getBoxPoint();
            int[][] box = new int[4][];
            for (int i = 0; i < 4; i++) {
                Point p = points.get(Math.min(i, points.size() - 1));
                box[i] = new int[] {Math.max(0, p.getX()), Math.max(0, p.getY())};
            }
            float[] scores = block.getCharScores() == null ? new float[0] : block.getCharScores();
            lines.add(new OcrLine(text, box, mean(scores, block.getBoxScore()), scores));
        }
        return lines;
    }

    private static double mean(float[] scores, float fallback) {
        if (scores.length == 0) {
            return fallback;
        }
        double sum = 0;
        for (float score : scores) {
            sum += score;
        }
        return sum / scores.length;
    }

    private static Optional<byte[]> toPng(byte[] image) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        if (decoded == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(decoded, "png", out);
        return Optional.of(out.toByteArray());
    }
}
