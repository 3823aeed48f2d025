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
package io.github.huaweiocr.benchmarks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One JPEG the peers send, with the SHA-256 under which the emulator keeps its fixed answer.
 *
 * @param label short name used in tables ("100 KB")
 * @param bytes the file; shared by every call, never modified
 */
public record BenchmarkImage(String label, byte[] bytes) {

    /** The 100 KB JPEG of the throughput, latency and in-flight figures; the same bytes in every JVM. */
    public static BenchmarkImage small() {
        return new BenchmarkImage("100 KB", JpegFactory.ofSize(100 * 1024, 1));
    }

    /** Lower-case hex SHA-256 of the bytes: the emulator's fixture key. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public int size() {
        return bytes.length;
    }

    /** Length of the base64 text the API receives for this image. */
    public long base64Length() {
        return 4L * ((bytes.length + 2) / 3);
    }
}
