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
package io.github.huaweiocr.emulator.support;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An SDK-HMAC-SHA256 signer written for the tests from the published algorithm, deliberately sharing no code or
 * structure with the emulator's verifier (JDK URL encoding, TreeMaps, its own hex).
 */
public final class TestSigner {

    private TestSigner() {
    }

    /**
     * The {@code Authorization} value for a request.
     *
     * @param headers the headers to sign (name as sent, value as sent); must include Host and X-Sdk-Date
     */
    public static String authorization(String accessKey, String secretKey, String method, URI uri,
                                       Map<String, String> headers, byte[] body) {
        TreeMap<String, String> signed = new TreeMap<>();
        headers.forEach((k, v) -> signed.put(k.toLowerCase(Locale.ROOT), v.strip()));
        String date = signed.get("x-sdk-date");
        String names = String.join(";", signed.keySet());
        StringBuilder canonical = new StringBuilder();
        canonical.append(method).append('\n');
        canonical.append(uriPart(uri.getRawPath())).append('\n');
        canonical.append(queryPart(uri.getRawQuery())).append('\n');
        signed.forEach((k, v) -> canonical.append(k).append(':').append(v).append('\n'));
        canonical.append('\n').append(names).append('\n').append(hex(sha256(body)));
        String toSign = "SDK-HMAC-SHA256\n" + date + "\n" + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        String signature = hex(hmac(secretKey, toSign));
        return "SDK-HMAC-SHA256 Access=" + accessKey + ", SignedHeaders=" + names + ", Signature=" + signature;
    }

    private static String uriPart(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        List<String> out = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) {
            out.add(enc(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)));
        }
        String joined = String.join("/", out);
        return joined.endsWith("/") ? joined : joined + "/";
    }

    private static String queryPart(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            String[] kv = pair.split("=", 2);
            String k = enc(URLDecoder.decode(kv[0].replace("+", "%2B"), StandardCharsets.UTF_8));
            String v = kv.length > 1 ? enc(URLDecoder.decode(kv[1].replace("+", "%2B"), StandardCharsets.UTF_8)) : "";
            sorted.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        List<String> parts = new ArrayList<>();
        sorted.forEach((k, vs) -> vs.stream().sorted().forEach(v -> parts.add(k + "=" + v)));
        return String.join("&", parts);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }
}
