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

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.operation.Limits;
import io.github.huaweiocr.camel.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryBinaryBodyKindWithFormatAndSize() throws Exception {
        byte[] png = TestImages.png(64, 32);
        Path file = Files.write(dir.resolve("scan.bin"), png);
        ByteBuffer direct = ByteBuffer.allocateDirect(png.length).put(png).flip();
        for (Object body : new Object[] { png, new ByteArrayInputStream(png), file, file.toFile(), ByteBuffer.wrap(png),
                direct, Base64.getEncoder().encodeToString(png), Base64.getMimeEncoder().encodeToString(png),
                "data:image/png;base64," + Base64.getEncoder().encodeToString(png) }) {
            DocumentSource source = DocumentReader.read(body);
            assertThat(source).as(body.getClass().getSimpleName()).isInstanceOfSatisfying(DocumentSource.Bytes.class, b -> {
                assertThat(b.format()).isEqualTo(ImageFormat.PNG);
                assertThat(b.width()).isEqualTo(64);
                assertThat(b.height()).isEqualTo(32);
                assertThat(b.length()).isEqualTo(png.length);
            });
        }
    }

    @Test
    void leavesCamelStreamCachesOpenForRedeliveryAndClosesOtherStreams() throws Exception {
        byte[] png = TestImages.png(30, 30);
        ClosingAwareCache cache = new ClosingAwareCache(png);
        DocumentReader.read(cache);
        assertThat(cache.closed).isFalse();
        cache.reset();
        assertThat(cache.readAllBytes()).isEqualTo(png);

        boolean[] closed = new boolean[1];
        DocumentReader.read(new ByteArrayInputStream(png) {
            @Override
            public void close() {
                closed[0] = true;
            }
        });
        assertThat(closed[0]).isTrue();
    }

    @Test
    void turnsHttpUrlsIntoUrlInputs() throws Exception {
        assertThat(DocumentReader.read("https://example.test/a.png")).isEqualTo(new DocumentSource.Url("https://example.test/a.png"));
        assertThat(DocumentReader.read(" http://example.test/a.png ")).isEqualTo(new DocumentSource.Url("http://example.test/a.png"));
        assertThat(DocumentReader.read(new URL("https://example.test/b.jpg"))).isEqualTo(new DocumentSource.Url("https://example.test/b.jpg"));
        assertThat(DocumentReader.read(URI.create("https://example.test/c.jpg"))).isEqualTo(new DocumentSource.Url("https://example.test/c.jpg"));
    }

    @Test
    void neverReadsAStringAsAFilePath() throws Exception {
        Path file = Files.write(dir.resolve("secret.png"), TestImages.png(20, 20));
        assertThatThrownBy(() -> DocumentReader.read(file.toString()))
                .isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("never read as a file path");
    }

    @Test
    void rejectsNonHttpUrls() {
        assertThatThrownBy(() -> DocumentReader.read(URI.create("file:///etc/passwd")))
                .isInstanceOf(HuaweiOcrInputException.class).hasMessageContaining("http or https");
    }

    @Test
    void rejectsUnknownFormatsAndEmptyBodies() {
        assertThatThrownBy(() -> DocumentReader.read("hello".getBytes()))
                .isInstanceOf(HuaweiOcrInputException.class).hasMessageContaining("Unrecognised document format");
        assertThatThrownBy(() -> DocumentReader.read(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> DocumentReader.read(null)).hasMessageContaining("empty");
        assertThatThrownBy(() -> DocumentReader.read(42)).hasMessageContaining("java.lang.Integer");
    }

    @Test
    void rejectsStreamsAndFilesLargerThanTheBase64LimitWithoutReadingThemWhole() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        assertThatThrownBy(() -> DocumentReader.read(endless)).isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("at most " + Limits.MAX_RAW_LENGTH + " bytes");
        File big = dir.resolve("big.png").toFile();
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(big, "rw")) {
            raf.setLength(Limits.MAX_RAW_LENGTH + 1);
        }
        assertThatThrownBy(() -> DocumentReader.read(big)).hasMessageContaining((Limits.MAX_RAW_LENGTH + 1) + " bytes");
    }

    @Test
    void aPdfFileLargerThanOneCallIsReadFromDiskAndOnlyAPdf() throws Exception {
        Path bigPdf = dir.resolve("scan.pdf");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(bigPdf.toFile(), "rw")) {
            raf.write("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            raf.setLength(Limits.MAX_RAW_LENGTH + 1);
        }
        Path bigPng = dir.resolve("big.png");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(bigPng.toFile(), "rw")) {
            raf.write(TestImages.png(20, 20));
            raf.setLength(Limits.MAX_RAW_LENGTH + 1);
        }
        Path smallPdf = dir.resolve("small.pdf");
        Files.write(smallPdf, io.github.huaweiocr.camel.support.TestPdfs.pages(1));

        assertThat(DocumentReader.largePdfFile(bigPdf.toFile()))
                .contains(new PdfSource.OnDisk(bigPdf, Limits.MAX_RAW_LENGTH + 1));
        assertThat(DocumentReader.largePdfFile(bigPdf)).isPresent();
        assertThat(DocumentReader.largePdfFile(bigPng)).isEmpty();
        assertThat(DocumentReader.largePdfFile(smallPdf)).isEmpty();
        assertThat(DocumentReader.largePdfFile(dir.resolve("missing.pdf"))).isEmpty();
        assertThat(DocumentReader.largePdfFile(Files.readAllBytes(smallPdf))).isEmpty();
    }

    @Test
    void limitsNameTheOperationTheLimitAndTheActualValue() {
        DocumentSource small = DocumentReader.read(TestImages.png(12, 400));
        assertThatThrownBy(() -> DocumentLimits.check(HuaweiOcrOperation.GENERAL_TEXT, small))
                .isInstanceOf(HuaweiOcrInputException.class)
                .hasMessage("generalText accepts images whose sides are 15..30000 px; this PNG is 12x400 px. Enlarge it to"
                            + " fit these limits");
        DocumentSource gif = DocumentReader.read(TestImages.image("gif", 40, 40));
        assertThatThrownBy(() -> DocumentLimits.check(HuaweiOcrOperation.ID_CARD, gif))
                .hasMessageContaining("idCard accepts").hasMessageContaining("this document is GIF");
        DocumentSource wide = DocumentReader.read(TestImages.png(4100, 20));
        assertThatThrownBy(() -> DocumentLimits.check(HuaweiOcrOperation.VIN, wide))
                .hasMessageContaining("15..4096 px; this PNG is 4100x20 px. Shrink it");
    }

    /** A stream cache as Camel makes them, remembering whether it was closed. */
    private static final class ClosingAwareCache extends ByteArrayInputStream implements StreamCache {

        private boolean closed;

        ClosingAwareCache(byte[] data) {
            super(data);
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public synchronized void reset() {
            super.reset();
        }

        @Override
        public void writeTo(OutputStream os) throws IOException {
            os.write(buf, 0, count);
        }

        @Override
        public StreamCache copy(Exchange exchange) {
            return new ClosingAwareCache(Arrays.copyOf(buf, count));
        }

        @Override
        public boolean inMemory() {
            return true;
        }

        @Override
        public long length() {
            return count;
        }

        @Override
        public long position() {
            return pos;
        }
    }
}
