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

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.operation.Limits;

/**
 * Turns a message body into a {@link DocumentSource}: bytes (with format and pixel size read from the header) or a URL
 * the service downloads. A String is either an http(s) URL or base64 text; it is never read as a file path, so a
 * message cannot make the component read arbitrary local files.
 */
public final class DocumentReader {

    /** Body types this reader understands, for error messages. */
    public static final String SUPPORTED_BODIES = "byte[], InputStream, File, Path, a Camel file (GenericFile), ByteBuffer, "
            + "java.net.URL, java.net.URI, or a String holding an http(s) URL or base64 text";

    /** How many first bytes {@link #isPdf} needs: enough for the magic number of every format. */
    public static final int HEAD_LENGTH = 8;

    private static final String DATA_URI_MARKER = ";base64,";

    private DocumentReader() {
    }

    /**
     * Reads {@code body}.
     *
     * @throws HuaweiOcrInputException when the body is empty, of an unsupported type, not base64, too large or of an
     *                                 unknown format
     */
    public static DocumentSource read(Object body) {
        if (body == null) {
            throw new HuaweiOcrInputException("The message body is empty: send the document as " + SUPPORTED_BODIES);
        }
        if (body instanceof byte[] bytes) {
            return inspect(bytes, 0, bytes.length);
        }
        if (body instanceof ByteBuffer buffer) {
            return fromBuffer(buffer);
        }
        if (body instanceof String text) {
            return fromString(text);
        }
        if (body instanceof URL url) {
            return url(url.toString());
        }
        if (body instanceof URI uri) {
            return url(uri.toString());
        }
        if (body instanceof File file) {
            return fromPath(file.toPath());
        }
        if (body instanceof Path path) {
            return fromPath(path);
        }
        if (body instanceof InputStream stream) {
            return fromStream(stream);
        }
        if (body instanceof WrappedFile<?> wrapped) {
            return fromWrappedFile(wrapped);
        }
        throw new HuaweiOcrInputException("Cannot read a document from a " + body.getClass().getName()
                + " body: send " + SUPPORTED_BODIES);
    }

    /**
     * A stream body as a body the other methods read without a stream: its bytes when it fits one call; a larger PDF
     * written to a temporary file, so that a scanned document arriving as a stream (an upload, an object store's
     * download) is recognised page by page from disk as a file body is. The stream is closed, unless it is Camel's
     * stream cache (which Camel resets for a redelivery).
     *
     * @param spooled told the temporary file before it is written: the caller deletes it once the message is done;
     *                null to refuse a larger PDF as any other document
     * @return a {@code byte[]}, or the {@link Path} of the temporary file holding the PDF
     * @throws HuaweiOcrInputException when a document other than a PDF is larger than one call, a PDF larger than
     *                                 {@link Limits#MAX_SPOOLED_PDF_LENGTH}, or the stream cannot be read
     */
    public static Object settle(InputStream stream, Consumer<Path> spooled) {
        try {
            // Read one byte past the limit to tell "exactly at the limit" from "too large" without reading it all.
            byte[] head = stream.readNBytes((int) Limits.MAX_RAW_LENGTH + 1);
            if (head.length <= Limits.MAX_RAW_LENGTH) {
                return head;
            }
            if (spooled == null || !isPdf(head)) {
                throw tooLarge("more than " + Limits.MAX_RAW_LENGTH + " bytes");
            }
            Path file = Files.createTempFile("huaweiocr-", ".pdf");
            spooled.accept(file);
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(head);
                long length = head.length;
                byte[] buffer = new byte[64 * 1024];
                for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                    length += n;
                    if (length > Limits.MAX_SPOOLED_PDF_LENGTH) {
                        throw new HuaweiOcrInputException("The PDF stream is larger than "
                                + Limits.MAX_SPOOLED_PDF_LENGTH + " bytes, the most a stream body may hold. Split the"
                                + " document, or send it as a file");
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new HuaweiOcrInputException("Cannot read the document stream: " + e.getMessage(), e);
        } finally {
            if (!(stream instanceof StreamCache)) {
                closeQuietly(stream);
            }
        }
    }

    /**
     * Whether a document beginning with {@code head} (its first {@link #HEAD_LENGTH} bytes or more) is a PDF: the one
     * kind of document that may be larger than one call, because it is recognised page by page.
     */
    public static boolean isPdf(byte[] head) {
        return ImageFormatDetector.detect(head, 0, head.length).filter(f -> f == ImageFormat.PDF).isPresent();
    }

    /**
     * The PDF a File, Path or Camel file body names when it is larger than one call may carry (over
     * {@link Limits#MAX_RAW_LENGTH}), else empty. Such a PDF is recognised page by page from the file (a scanned
     * document of hundreds of pages is an ordinary input), never read whole into the heap; any other file over the
     * limit is refused by {@link #read}, and a file that cannot be read is reported there, with its reason.
     */
    public static Optional<PdfSource.OnDisk> largePdfFile(Object body) {
        Path file = filePath(body);
        if (file == null) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size <= Limits.MAX_RAW_LENGTH) {
                return Optional.empty();
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_LENGTH);
            }
            return isPdf(head) ? Optional.of(new PdfSource.OnDisk(file, size)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The PDF of a body: a File, Path or Camel file read from disk as its pages are used (whatever its size), any
     * other body read as {@link #read} reads it.
     *
     * @throws HuaweiOcrInputException when the body is not a PDF, or cannot be read
     */
    public static PdfSource pdf(Object body) {
        Path file = filePath(body);
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new HuaweiOcrInputException("The file " + file + " does not exist");
            }
            try {
                return new PdfSource.OnDisk(file, Files.size(file));
            } catch (IOException e) {
                throw new HuaweiOcrInputException("Cannot read the file " + file + ": " + e.getMessage(), e);
            }
        }
        DocumentSource source = read(body);
        if (source instanceof DocumentSource.Bytes bytes && bytes.format() == ImageFormat.PDF) {
            boolean whole = bytes.offset() == 0 && bytes.length() == bytes.data().length;
            return new PdfSource.InMemory(whole ? bytes.data()
                    : Arrays.copyOfRange(bytes.data(), bytes.offset(), bytes.offset() + bytes.length()));
        }
        throw new HuaweiOcrInputException("The body is not a PDF"
                + (source instanceof DocumentSource.Bytes bytes ? " but " + bytes.format() : " but a URL")
                + ": send a PDF as " + SUPPORTED_BODIES);
    }

    private static Path filePath(Object body) {
        if (body instanceof File file) {
            return file.toPath();
        }
        if (body instanceof Path path) {
            return path;
        }
        if (body instanceof WrappedFile<?> wrapped) {
            Object content = wrapped.getBody() != null ? wrapped.getBody() : wrapped.getFile();
            return content instanceof WrappedFile ? null : filePath(content);
        }
        return null;
    }

    /** A URL input, checked to be absolute http or https (the only schemes the service downloads). */
    public static DocumentSource.Url url(String url) {
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return new DocumentSource.Url(trimmed);
            }
        } catch (URISyntaxException e) {
            // reported below, without echoing a URL that may carry a presigned signature
        }
        throw new HuaweiOcrInputException("The image URL must be an absolute http or https URL with a host "
                + "(non-ASCII characters percent-encoded); got " + new DocumentSource.Url(trimmed));
    }

    /** Bytes already in memory: detects the format and reads the pixel size from the header. */
    public static DocumentSource.Bytes inspect(byte[] data, int offset, int length) {
        if (length == 0) {
            throw new HuaweiOcrInputException("The document is empty (0 bytes)");
        }
        ImageFormat format = ImageFormatDetector.detect(data, offset, length).orElseThrow(() -> new HuaweiOcrInputException(
                "Unrecognised document format (first bytes " + hex(data, offset, length) + "): expected one of "
                        + Arrays.toString(ImageFormat.values())));
        PixelSize size = ImageDimensionsReader.read(format, data, offset, length).orElse(null);
        return new DocumentSource.Bytes(data, offset, length, format, size == null ? -1 : size.width(),
                size == null ? -1 : size.height());
    }

    private static DocumentSource fromString(String text) {
        String trimmed = text.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return url(trimmed);
        }
        if (trimmed.isEmpty()) {
            throw new HuaweiOcrInputException("The message body is an empty String: send the document as " + SUPPORTED_BODIES);
        }
        // A data URI prefix is what browsers produce; the API itself rejects it, so drop it here.
        int marker = lower.startsWith("data:") ? trimmed.indexOf(DATA_URI_MARKER) : -1;
        String base64 = marker >= 0 ? trimmed.substring(marker + DATA_URI_MARKER.length()) : trimmed;
        if (base64.length() > Limits.MAX_BASE64_LENGTH + base64.length() / 76 * 2) {
            throw new HuaweiOcrInputException("The base64 body is " + base64.length()
                    + " characters; the APIs accept at most 10 MB (" + Limits.MAX_BASE64_LENGTH
                    + " characters). Compress or shrink the document, or send it as a URL");
        }
        byte[] decoded;
        try {
            decoded = Base64.getMimeDecoder().decode(strictBase64(base64));
        } catch (IllegalArgumentException e) {
            throw new HuaweiOcrInputException("A String body must be an http(s) URL or base64 text, and this is neither ("
                    + e.getMessage() + "). A String is never read as a file path: send a File or Path body for a file");
        }
        try {
            return inspect(decoded, 0, decoded.length);
        } catch (HuaweiOcrInputException e) {
            throw new HuaweiOcrInputException("The String body was decoded as base64, and: " + e.getMessage()
                    + ". A String is never read as a file path: send a File or Path body for a file");
        }
    }

    /** The MIME decoder skips foreign characters silently; reject them instead so garbage never reaches the API. */
    private static String strictBase64(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean valid = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=' || c == '\r' || c == '\n';
            if (!valid) {
                throw new IllegalArgumentException("illegal base64 character at index " + i);
            }
        }
        return text;
    }

    private static DocumentSource fromBuffer(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            return inspect(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
        }
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return inspect(copy, 0, copy.length);
    }

    private static DocumentSource fromPath(Path path) {
        try {
            long size = Files.size(path);
            if (size > Limits.MAX_RAW_LENGTH) {
                throw tooLarge(size + " bytes");
            }
            byte[] data = Files.readAllBytes(path);
            return inspect(data, 0, data.length);
        } catch (NoSuchFileException e) {
            throw new HuaweiOcrInputException("The file " + path + " does not exist", e);
        } catch (IOException e) {
            throw new HuaweiOcrInputException("Cannot read the file " + path + ": " + e.getMessage(), e);
        }
    }

    private static DocumentSource fromStream(InputStream stream) {
        byte[] data = (byte[]) settle(stream, null);
        return inspect(data, 0, data.length);
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // The document was read (or reading failed and is reported); a failing close changes nothing.
        }
    }

    private static DocumentSource fromWrappedFile(WrappedFile<?> wrapped) {
        Object content = wrapped.getBody() != null ? wrapped.getBody() : wrapped.getFile();
        if (content == null || content instanceof WrappedFile) {
            throw new HuaweiOcrInputException("The file message has no content to read");
        }
        return read(content);
    }

    private static HuaweiOcrInputException tooLarge(String actual) {
        return new HuaweiOcrInputException("The document is " + actual + "; the APIs accept at most "
                + Limits.MAX_RAW_LENGTH + " bytes (10 MB of base64; Huawei advises at most 7 MB)."
                + " Compress or shrink it, or send it as a URL the service downloads");
    }

    private static String hex(byte[] data, int offset, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(8, length); i++) {
            sb.append(String.format(Locale.ROOT, "%02x", data[offset + i] & 0xFF));
        }
        return sb.toString();
    }
}
