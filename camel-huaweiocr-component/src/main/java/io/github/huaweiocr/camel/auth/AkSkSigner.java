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
package io.github.huaweiocr.camel.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests with Huawei's {@code SDK-HMAC-SHA256} algorithm (API specification section 3.2): a canonical request
 * built from the method, the path (each segment percent-encoded, always ending with {@code /}), the sorted query, the
 * signed headers (lower-case names, trimmed values, sorted) and the SHA-256 of the body; the string to sign adds the
 * {@code X-Sdk-Date}; the signature is an HMAC-SHA256 keyed with the secret key. Thread-safe.
 */
public final class AkSkSigner {

    /** The algorithm name, first word of the {@code Authorization} header. */
    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    /** SHA-256 of an empty body. */
    public static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();
    /** Looked up once: a provider look-up costs more than hashing a canonical request; clones are independent. */
    private static final MessageDigest SHA256 = lookUpSha256();

    /**
     * Each thread's HMAC, initialised (the key's inner and outer pads hashed) once and reused, since {@code doFinal}
     * resets it to that state: a look-up, an initialisation or a clone per request would cost more than the HMAC
     * itself. Keyed by the secret so that rotated credentials get a new one.
     */
    private static final ThreadLocal<KeyedMac> MACS = new ThreadLocal<>();
    /** Each thread's SHA-256 of canonical requests, reused: {@code digest()} resets it. */
    private static final ThreadLocal<MessageDigest> CANONICAL_DIGESTS = ThreadLocal.withInitial(AkSkSigner::newSha256);
    /** The last path's canonical form: a client keeps signing the same few operation paths. */
    private static volatile CanonicalPath lastPath;

    private final Clock clock;
    /** The last {@code X-Sdk-Date}: it changes once a second, and formatting it is a good part of a signature. */
    private volatile SdkDate lastDate;
    /**
     * The last request's signature up to the body's hash: a client sends the same method, URI and headers again and
     * again within a second, so only the body's hash, the string to sign and the HMAC are left to do per request.
     */
    private volatile Prepared lastPrepared;

    /** A signer stamping requests with the system clock. */
    public AkSkSigner() {
        this(Clock.systemUTC());
    }

    /** A signer stamping requests with the given clock (tests use a fixed one). */
    public AkSkSigner(Clock clock) {
        this.clock = clock;
    }

    /**
     * The headers to add to a request so that Huawei accepts it.
     *
     * @param method        HTTP method
     * @param uri           the full request URI; its authority (with a non-default port) is the {@code Host} unless
     *                      {@code headers} has one
     * @param headers       headers to sign (and send), by name in any case; names containing {@code _} are not
     *                      signed, as Huawei's SDKs do
     * @param bodySha256Hex lower-case hex SHA-256 of the exact body bytes
     * @param credentials   the key pair; with a security token, {@code X-Security-Token} is added and signed
     * @return {@code X-Sdk-Date}, {@code Host}, {@code X-Security-Token} when needed, and {@code Authorization}
     */
    public Map<String, String> sign(String method, URI uri, Map<String, String> headers, String bodySha256Hex,
                                    Credentials credentials) {
        String date = headerValue(headers, "X-Sdk-Date");
        if (date == null) {
            date = sdkDate(clock.instant());
        }
        Prepared prepared = lastPrepared;
        if (prepared == null || !prepared.isFor(method, uri, headers, credentials, date)) {
            prepared = prepare(method, uri, headers, credentials, date);
            lastPrepared = prepared;
        }
        String signature = signature(credentials.secretKey(),
                stringToSign(prepared.date(), prepared.canonicalWithoutBody() + bodySha256Hex));
        Map<String, String> added = new LinkedHashMap<>(prepared.added());
        added.put("Authorization", prepared.authorizationWithoutSignature() + signature);
        return added;
    }

    /** Everything of a signature that does not depend on the body. */
    private static Prepared prepare(String method, URI uri, Map<String, String> headers, Credentials credentials,
                                    String date) {
        TreeMap<String, String> signed = SortedHeaders.sort(headers);
        Map<String, String> added = new LinkedHashMap<>();
        added.put("X-Sdk-Date", date);
        if (headerValue(headers, "X-Sdk-Date") == null) {
            signed.put("x-sdk-date", date);
        }
        String host = headerValue(headers, "Host");
        if (host == null) {
            host = hostOf(uri);
            signed.put("host", host);
        }
        added.put("Host", host);
        String token = credentials.securityToken();
        if (token != null) {
            if (headerValue(headers, "X-Security-Token") == null) {
                signed.put("x-security-token", token.trim());
            }
            added.put("X-Security-Token", token);
        }
        SortedHeaders sorted = new SortedHeaders(signed);
        String canonical = canonicalRequest(method, uri.getRawPath(), uri.getRawQuery(), sorted, "");
        return new Prepared(method, uri, new HashMap<>(headers), credentials.accessKey(), token, date, canonical,
                ALGORITHM + " Access=" + credentials.accessKey() + ", SignedHeaders=" + sorted.names() + ", Signature=",
                Collections.unmodifiableMap(added));
    }

    /**
     * A signature up to the body's hash, for one method, URI, set of headers, key and date.
     *
     * @param canonicalWithoutBody          the canonical request but the body's hash, which ends it
     * @param authorizationWithoutSignature the {@code Authorization} value but the signature, which ends it
     * @param added                         the headers the signature adds, but {@code Authorization}
     */
    private record Prepared(String method, URI uri, Map<String, String> headers, String accessKey, String token,
                            String date, String canonicalWithoutBody, String authorizationWithoutSignature,
                            Map<String, String> added) {

        boolean isFor(String method, URI uri, Map<String, String> headers, Credentials credentials, String date) {
            return this.date.equals(date) && this.method.equals(method) && (this.uri == uri || this.uri.equals(uri))
                    && this.accessKey.equals(credentials.accessKey())
                    && Objects.equals(this.token, credentials.securityToken()) && this.headers.equals(headers);
        }

        @Override
        public String toString() {
            return "Prepared[" + method + " " + uri + "]";
        }
    }

    /** The {@code Host} value for a URI: its host, plus the port when it is not the scheme's default. */
    public static String hostOf(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443)
                || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    /** Lower-case hex SHA-256 of the given bytes. */
    public static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(newSha256().digest(bytes));
    }

    /** A fresh SHA-256 digest (digests are not thread-safe, so each body gets its own). */
    public static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            return lookUpSha256();
        }
    }

    private static MessageDigest lookUpSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private String sdkDate(Instant now) {
        SdkDate last = lastDate;
        if (last == null || last.epochSecond() != now.getEpochSecond()) {
            last = new SdkDate(now.getEpochSecond(), SDK_DATE.format(now));
            lastDate = last;
        }
        return last.text();
    }

    static String canonicalRequest(String method, String rawPath, String rawQuery, SortedHeaders headers,
                                   String bodySha256Hex) {
        StringBuilder sb = new StringBuilder(256).append(method.toUpperCase(Locale.ROOT)).append('\n')
                .append(canonicalUri(rawPath)).append('\n').append(canonicalQuery(rawQuery)).append('\n');
        headers.appendCanonical(sb);
        return sb.append('\n').append(headers.names()).append('\n').append(bodySha256Hex).toString();
    }

    static String stringToSign(String sdkDate, String canonicalRequest) {
        return ALGORITHM + "\n" + sdkDate + "\n"
                + HEX.formatHex(CANONICAL_DIGESTS.get().digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    }

    static String signature(String secretKey, String stringToSign) {
        return HEX.formatHex(hmac(secretKey).doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    /** This thread's HMAC-SHA256 keyed with {@code secretKey}, in its initial state. */
    private static Mac hmac(String secretKey) {
        KeyedMac mine = MACS.get();
        if (mine == null || !mine.secretKey().equals(secretKey)) {
            mine = new KeyedMac(secretKey, newHmac(secretKey));
            MACS.set(mine);
        }
        return mine.mac();
    }

    private static Mac newHmac(String secretKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not usable in this JVM", e);
        }
    }

    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || "/".equals(rawPath)) {
            return "/";
        }
        CanonicalPath last = lastPath;
        if (last == null || !last.rawPath().equals(rawPath)) {
            last = new CanonicalPath(rawPath, encodePath(rawPath));
            lastPath = last;
        }
        return last.canonical();
    }

    private static String encodePath(String rawPath) {
        StringBuilder sb = new StringBuilder();
        String[] segments = rawPath.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(encode(decode(segments[i])));
        }
        if (sb.charAt(sb.length() - 1) != '/') {
            sb.append('/');
        }
        return sb.toString();
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        // Sorted by encoded name, repeated names by value, as the Python and Go SDKs do.
        TreeMap<String, List<String>> params = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = encode(decode(eq < 0 ? pair : pair.substring(0, eq)));
            String value = eq < 0 ? "" : encode(decode(pair.substring(eq + 1)));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        StringBuilder sb = new StringBuilder();
        params.forEach((name, values) -> values.stream().sorted().forEach(value -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(name).append('=').append(value);
        }));
        return sb.toString();
    }

    /** Percent-encodes everything but {@code A-Z a-z 0-9 - _ . ~}, as UTF-8. */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static String decode(String s) {
        return s.indexOf('%') < 0 ? s : java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String headerValue(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private record KeyedMac(String secretKey, Mac mac) {
        @Override
        public String toString() {
            return "KeyedMac[HmacSHA256]";
        }
    }

    private record CanonicalPath(String rawPath, String canonical) {
    }

    private record SdkDate(long epochSecond, String text) {
    }

    /**
     * The signed headers: lower-case names sorted, values trimmed; names with {@code _} left out. {@code names} is
     * their {@code ;}-joined names, the {@code SignedHeaders} of the signature.
     */
    record SortedHeaders(TreeMap<String, String> headers, String names) {

        SortedHeaders(TreeMap<String, String> headers) {
            this(headers, String.join(";", headers.keySet()));
        }

        static SortedHeaders of(Map<String, String> raw) {
            return new SortedHeaders(sort(raw));
        }

        /** The headers that are signed, by lower-case name, in order. */
        static TreeMap<String, String> sort(Map<String, String> raw) {
            TreeMap<String, String> sorted = new TreeMap<>();
            raw.forEach((name, value) -> {
                if (name.indexOf('_') < 0) {
                    sorted.put(name.toLowerCase(Locale.ROOT), value == null ? "" : value.trim());
                }
            });
            return sorted;
        }

        /** Appends {@code name:value\n} for each header, in order. */
        void appendCanonical(StringBuilder sb) {
            headers.forEach((name, value) -> sb.append(name).append(':').append(value).append('\n'));
        }

        @Override
        public String toString() {
            return "SortedHeaders" + headers.keySet();
        }
    }
}
