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

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationSpec;

/**
 * A validated request.
 *
 * @param image  decoded document bytes (from base64 or downloaded from the URL); null when the operation takes none
 * @param format detected format (JPEG, PNG, BMP, TIFF, GIF, WEBP, PCX, ICO, PSD, PDF, OFD); null without image
 * @param width  pixel width, or -1 when unknown (PDF, OFD)
 * @param height pixel height, or -1 when unknown
 * @param sha256 lowercase hex SHA-256 of {@code image}; null without image
 * @param body   the request's JSON members as sent, but for the document's base64 text
 */
public record RecognitionRequest(OperationSpec operation, byte[] image, String format, int width, int height,
                                 String sha256, ObjectNode body) {
}
