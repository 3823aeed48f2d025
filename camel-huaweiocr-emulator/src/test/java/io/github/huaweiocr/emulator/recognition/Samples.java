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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationCatalog;
import io.github.huaweiocr.emulator.catalog.OperationSpec;

/** The committed sample images and validated requests built from them, as the server hands them to recognition. */
final class Samples {

    static final String ENGLISH_TEXT = "english-text.png";
    static final String CHINESE_TEXT = "chinese-text.png";
    static final String RECEIPT = "receipt.png";
    static final String ENGLISH_PAGE = "english-page.png";

    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OperationSpec operation(String segment) {
        return OperationCatalog.standard().bySegment(segment).orElseThrow();
    }

    static RecognitionRequest request(String segment, String sample, ObjectNode body) {
        return request(operation(segment), bytes(sample), "PNG", body);
    }

    static RecognitionRequest request(OperationSpec operation, byte[] image, String format, ObjectNode body) {
        if (!operation.takesImage()) {
            return new RecognitionRequest(operation, null, null, -1, -1, null, body);
        }
        int width = -1;
        int height = -1;
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded != null) {
                width = decoded.getWidth();
                height = decoded.getHeight();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RecognitionRequest(operation, image, format, width, height, sha256(image), body);
    }

    static ObjectNode body() {
        return JsonNodeFactory.instance.objectNode();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
