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
