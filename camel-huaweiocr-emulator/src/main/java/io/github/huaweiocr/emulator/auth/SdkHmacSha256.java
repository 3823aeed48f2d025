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
package io.github.huaweiocr.emulator.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of Huawei's {@code SDK-HMAC-SHA256} algorithm (specification section 3.2): rebuilds the canonical
 * request from what was received and the client's SignedHeaders list, then computes the signature the client should
 * have sent. Written independently of the component's signer so that a mistake cannot hide in both.
 */
public final class SdkHmacSha256 {

    private static final HexFormat HEX = HexFormat.of();

    private SdkHmacSha256() {
    }

    /** The canonical request: method, URI, query, headers, signed header names and payload hash, joined by LF. */
    public static String canonicalRequest(SignedRequest request, List<String> signedHeaders) {
        List<String> names = new ArrayList<>(new TreeSet<>(signedHeaders));
        StringBuilder headers = new StringBuilder();
        for (String name : names) {
            String value = request.header(name);
            headers.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
        }
        String contentSha = request.header("x-sdk-content-sha256");
        String payloadHash = contentSha != null ? contentSha : request.bodySha256();
        return request.method().toUpperCase(Locale.ROOT) + '\n'
                + canonicalUri(request.path()) + '\n'
                + canonicalQuery(request.query()) + '\n'
                + headers + '\n'
                + String.join(";", names) + '\n'
                + payloadHash;
    }

    /** {@code SDK-HMAC-SHA256 \n date \n hex(sha256(canonical request))}. */
    public static String stringToSign(String canonicalRequest, String sdkDate) {
        return AuthorizationHeader.ALGORITHM + '\n' + sdkDate + '\n'
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex HMAC-SHA256 of the string to sign, keyed with the secret key's UTF-8 bytes. */
    public static String signature(String secretKey, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time comparison of two hex signatures. */
    public static boolean matches(String expected, String received) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                received.getBytes(StandardCharsets.US_ASCII));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Each path segment decoded then re-encoded with the unreserved set, always ending with {@code /}. */
    static String canonicalUri(String path) {
        if (path == null || path.isEmpty() || "/".equals(path)) {
            return "/";
        }
        String[] segments = path.split("/", -1);
        StringBuilder uri = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                uri.append('/');
            }
            uri.append(encode(decode(segments[i])));
        }
        if (uri.charAt(uri.length() - 1) != '/') {
            uri.append('/');
        }
        return uri.toString();
    }

    /** Parameters sorted by encoded name then value, {@code name=value} joined with {@code &}. */
    static String canonicalQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.add(Map.entry(encode(decode(name)), encode(decode(value))));
        }
        params.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> param : params) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(param.getKey()).append('=').append(param.getValue());
        }
        return out.toString();
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Percent-decoding only ({@code +} stays a plus: the signers encode spaces as {@code %20}). */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
