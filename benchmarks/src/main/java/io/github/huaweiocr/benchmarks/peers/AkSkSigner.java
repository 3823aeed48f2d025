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
package io.github.huaweiocr.benchmarks.peers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The smallest SDK-HMAC-SHA256 signer that the raw peer needs: POST, no query, signed headers {@code host} and
 * {@code x-sdk-date}. Written here rather than borrowed from the component so that the raw limit shares no code with
 * what it is compared against.
 */
public final class AkSkSigner {

    static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final String accessKey;
    private final byte[] secretKey;

    public AkSkSigner(String accessKey, String secretKey) {
        this.accessKey = accessKey;
        this.secretKey = secretKey.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The headers that authenticate one POST of {@code body} to {@code path} on {@code host} at {@code date}.
     *
     * @param host as sent in the Host header, port included when it is not the default
     * @param path the request path without the trailing slash of the canonical form
     * @return {@code X-Sdk-Date} and {@code Authorization}
     */
    public Map<String, String> sign(String host, String path, byte[] body, ZonedDateTime date) {
        return sign(host, path, sha256Hex(body), date);
    }

    /** Lower-case hex SHA-256 of the parts, one after the other, as a body assembled from them. */
    public static String sha256Hex(byte[]... parts) {
        return hex(sha256(parts));
    }

    /** As {@link #sign(String, String, byte[], ZonedDateTime)}, for a body whose lower-case hex SHA-256 is given. */
    public Map<String, String> sign(String host, String path, String bodySha256Hex, ZonedDateTime date) {
        String sdkDate = SDK_DATE.format(date.withZoneSameInstant(ZoneOffset.UTC));
        String canonical = "POST\n"
                + (path.endsWith("/") ? path : path + "/") + "\n"
                + "\n"
                + "host:" + host + "\n"
                + "x-sdk-date:" + sdkDate + "\n"
                + "\n"
                + "host;x-sdk-date\n"
                + bodySha256Hex;
        String stringToSign = "SDK-HMAC-SHA256\n" + sdkDate + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        String signature = hex(hmac(stringToSign.getBytes(StandardCharsets.UTF_8)));
        return Map.of("X-Sdk-Date", sdkDate,
                "Authorization", "SDK-HMAC-SHA256 Access=" + accessKey + ", SignedHeaders=host;x-sdk-date, Signature="
                        + signature);
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "AkSkSigner[accessKey=" + accessKey + "]";
    }
}
