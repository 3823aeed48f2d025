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
package io.github.huaweiocr.camel.input;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A PDF to recognise page by page: its bytes in memory, or a file read from disk as its pages are used, so a large
 * scanned document given as a file never sits whole in the heap.
 */
public sealed interface PdfSource permits PdfSource.InMemory, PdfSource.OnDisk {

    /** The PDF's size in bytes. */
    long length();

    /** The PDF's bytes when they are in memory, or null for a file (never sent whole: see {@link PdfPagePlan#of}). */
    byte[] bytes();

    /**
     * Opens the PDF; close the reader when every page is done.
     *
     * @throws io.github.huaweiocr.camel.error.HuaweiOcrInputException when it is not a readable PDF
     */
    PdfDocumentReader open();

    /** A PDF held in memory. */
    record InMemory(byte[] data) implements PdfSource {
        public InMemory {
            Objects.requireNonNull(data, "data");
        }

        @Override
        public long length() {
            return data.length;
        }

        @Override
        public byte[] bytes() {
            return data;
        }

        @Override
        public PdfDocumentReader open() {
            return PdfDocumentReader.open(data);
        }
    }

    /**
     * A PDF file, read from disk as pages are cut out or rendered.
     *
     * @param length its size when it was read, over the size of one call (so it is never sent whole)
     */
    record OnDisk(Path file, long length) implements PdfSource {
        public OnDisk {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public byte[] bytes() {
            return null;
        }

        @Override
        public PdfDocumentReader open() {
            return PdfDocumentReader.open(file);
        }
    }
}
