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
package io.github.huaweiocr.camel.operation;

import java.time.Duration;

/**
 * What a document sent to one operation must satisfy, and the arithmetic of those limits: every size, pixel and
 * base64 rule of the component is read from here (spec section 5), so none is written twice.
 *
 * @param minSide         shortest image side allowed, in pixels (0: none)
 * @param maxSide         longest image side allowed, in pixels (0: none)
 * @param maxMegapixels   largest image area in millions of pixels (0: none)
 * @param maxBase64Length longest base64 text of a document (0: none)
 */
public record Limits(int minSide, int maxSide, int maxMegapixels, long maxBase64Length) {

    /** Longest base64 text the APIs accept (spec section 5): 10 MB. */
    public static final long MAX_BASE64_LENGTH = 10L * 1024 * 1024;

    /** Largest raw document whose base64 form fits in {@link #MAX_BASE64_LENGTH}. */
    public static final long MAX_RAW_LENGTH = MAX_BASE64_LENGTH / 4 * 3;

    /**
     * Largest PDF taken from a stream body: a PDF over {@link #MAX_RAW_LENGTH} arriving as a stream is written to a
     * temporary file and recognised page by page from there, up to this size (2 GiB), so that a stream cannot fill the
     * disk.
     */
    public static final long MAX_SPOOLED_PDF_LENGTH = 2L * 1024 * 1024 * 1024;

    /** Longest life of a presigned object URL: the S3/OBS signature (version 4) allows at most seven days. */
    public static final Duration MAX_URL_EXPIRY = Duration.ofDays(7);

    /** Size of the base64 text {@code rawLength} bytes become (padded, no line breaks). */
    public static long base64Length(long rawLength) {
        return 4L * ((rawLength + 2) / 3);
    }

    /** Whether {@code rawLength} bytes fit the APIs' base64 limit. */
    public static boolean fitsBase64(long rawLength) {
        return base64Length(rawLength) <= MAX_BASE64_LENGTH;
    }

    /** Whether an image of this size stays within the longest side and the megapixels (the minimum is not checked). */
    public boolean fitsPixels(int width, int height) {
        int longSide = Math.max(width, height);
        return (maxSide <= 0 || longSide <= maxSide)
                && (maxMegapixels <= 0 || (long) width * height <= maxMegapixels * 1_000_000L);
    }

    /** Whether a document of {@code rawLength} bytes stays within the base64 limit. */
    public boolean fitsBytes(long rawLength) {
        return maxBase64Length <= 0 || base64Length(rawLength) <= maxBase64Length;
    }

    /** Whether an image's shorter side is below the minimum. */
    public boolean tooSmall(int width, int height) {
        return minSide > 0 && Math.min(width, height) < minSide;
    }
}
