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
package io.github.huaweiocr.camel.obs;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;

/**
 * Names one object in Huawei OBS or any S3-compatible store: bucket, key and, optionally, a version.
 *
 * <p>Three ways to get one:
 * <ul>
 * <li>{@link #parse(String)} of {@code obs://bucket/key} (or {@code s3://bucket/key}); the key is everything after the
 * bucket's slash, taken literally (slashes, spaces and non-ASCII characters are part of the key, nothing is
 * percent-decoded), optionally followed by {@code ?versionId=...};</li>
 * <li>{@link #of(URI)} of a {@link URI}, whose path is percent-decoded by {@code java.net.URI};</li>
 * <li>{@link #fromHeaders(Map)} of the headers the camel-minio, camel-aws2-s3 and hwcloud-obs consumers set.</li>
 * </ul>
 * {@link #toString()} gives the {@code obs://} form that {@link #parse(String)} reads back.
 *
 * @param bucket    bucket name (3-63 characters: lower-case letters, digits, '.', '-')
 * @param key       object key, 1-1024 bytes in UTF-8
 * @param versionId object version, or null for the current version
 */
public record ObjectReference(String bucket, String key, String versionId) {

    /** The URI scheme this component writes. */
    public static final String SCHEME = "obs";

    /** Bucket header of the camel-minio consumer. */
    public static final String MINIO_BUCKET = "CamelMinioBucketName";
    /** Object name header of the camel-minio consumer. */
    public static final String MINIO_OBJECT = "CamelMinioObjectName";
    /** Version header of the camel-minio consumer. */
    public static final String MINIO_VERSION = "CamelMinioVersionId";
    /** Bucket header of the camel-aws2-s3 consumer. */
    public static final String AWS_S3_BUCKET = "CamelAwsS3BucketName";
    /** Key header of the camel-aws2-s3 consumer. */
    public static final String AWS_S3_KEY = "CamelAwsS3Key";
    /** Version header of the camel-aws2-s3 consumer. */
    public static final String AWS_S3_VERSION = "CamelAwsS3VersionId";
    /** Bucket header of the camel-huaweicloud-obs consumer. */
    public static final String HWCLOUD_OBS_BUCKET = "CamelHwCloudObsBucketName";
    /** Object key header of the camel-huaweicloud-obs consumer. */
    public static final String HWCLOUD_OBS_KEY = "CamelHwCloudObsObjectKey";

    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final String VERSION_SUFFIX = "?versionId=";
    private static final int MAX_KEY_BYTES = 1024;

    /** Checks bucket, key and version; the message says which part is wrong and why. */
    public ObjectReference {
        if (bucket == null || !BUCKET.matcher(bucket).matches() || bucket.contains("..")) {
            throw new HuaweiOcrInputException("Invalid bucket name '" + bucket
                    + "': a bucket name has 3 to 63 characters, lower-case letters, digits, '.' and '-', "
                    + "and starts and ends with a letter or digit");
        }
        if (key == null || key.isEmpty()) {
            throw new HuaweiOcrInputException("Missing object key for bucket '" + bucket + "'");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new HuaweiOcrInputException("Object key in bucket '" + bucket + "' is longer than "
                    + MAX_KEY_BYTES + " bytes in UTF-8");
        }
        if (versionId != null && versionId.isBlank()) {
            versionId = null;
        }
    }

    /** A reference to the current version of {@code bucket/key}. */
    public static ObjectReference of(String bucket, String key) {
        return new ObjectReference(bucket, key, null);
    }

    /** Whether the text looks like an object reference ({@code obs://} or {@code s3://}), well formed or not. */
    public static boolean isObjectUri(String text) {
        if (text == null) {
            return false;
        }
        String t = text.stripLeading();
        return t.regionMatches(true, 0, "obs://", 0, 6) || t.regionMatches(true, 0, "s3://", 0, 5);
    }

    /**
     * Reads {@code obs://bucket/key[?versionId=v]} (or {@code s3://...}). The key is taken literally.
     *
     * @throws HuaweiOcrInputException naming what is malformed
     */
    public static ObjectReference parse(String text) {
        if (!isObjectUri(text)) {
            throw new HuaweiOcrInputException("Not an object reference: expected obs://bucket/key, got '"
                    + text + "'");
        }
        String t = text.strip();
        String rest = t.substring(t.indexOf("://") + 3);
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            throw new HuaweiOcrInputException("Object reference '" + t + "' has no key: expected obs://bucket/key");
        }
        String bucket = rest.substring(0, slash);
        String key = rest.substring(slash + 1);
        String version = null;
        int v = key.lastIndexOf(VERSION_SUFFIX);
        if (v >= 0 && key.indexOf('/', v) < 0) {
            version = key.substring(v + VERSION_SUFFIX.length());
            key = key.substring(0, v);
        }
        return new ObjectReference(bucket, key, version);
    }

    /**
     * Reads an {@code obs:} or {@code s3:} URI; its path is percent-decoded, so {@code obs://b/a%20b.png} names key
     * {@code a b.png}.
     */
    public static ObjectReference of(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase(SCHEME) || scheme.equalsIgnoreCase("s3"))) {
            throw new HuaweiOcrInputException("Not an object reference: expected an obs:// URI, got scheme '"
                    + scheme + "'");
        }
        String path = uri.getPath();
        if (uri.getHost() == null || path == null || path.length() <= 1) {
            throw new HuaweiOcrInputException("Object reference '" + uri + "' needs a bucket and a key: obs://bucket/key");
        }
        String version = null;
        String query = uri.getQuery();
        if (query != null && query.startsWith("versionId=")) {
            version = query.substring("versionId=".length());
        }
        return new ObjectReference(uri.getHost(), path.substring(1), version);
    }

    /**
     * Finds an object named by the headers of the camel-minio, camel-aws2-s3 or hwcloud-obs consumers, in that order.
     *
     * @return empty when none of those bucket headers is set
     * @throws HuaweiOcrInputException when a bucket header is set without its key header
     */
    public static Optional<ObjectReference> fromHeaders(Map<String, Object> headers) {
        Optional<ObjectReference> found = fromPair(headers, MINIO_BUCKET, MINIO_OBJECT, MINIO_VERSION);
        if (found.isEmpty()) {
            found = fromPair(headers, AWS_S3_BUCKET, AWS_S3_KEY, AWS_S3_VERSION);
        }
        if (found.isEmpty()) {
            found = fromPair(headers, HWCLOUD_OBS_BUCKET, HWCLOUD_OBS_KEY, null);
        }
        return found;
    }

    private static Optional<ObjectReference> fromPair(Map<String, Object> headers, String bucketHeader,
                                                      String keyHeader, String versionHeader) {
        String bucket = text(headers.get(bucketHeader));
        if (bucket == null) {
            return Optional.empty();
        }
        String key = text(headers.get(keyHeader));
        if (key == null) {
            throw new HuaweiOcrInputException("Header " + bucketHeader + " names bucket '" + bucket
                    + "' but header " + keyHeader + " with the object key is missing");
        }
        String version = versionHeader == null ? null : text(headers.get(versionHeader));
        return Optional.of(new ObjectReference(bucket, key, version));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }

    /** This reference as a percent-encoded {@code obs://} URI (readable again with {@link #of(URI)}). */
    public URI toUri() {
        try {
            return new URI(SCHEME, bucket, "/" + key, versionId == null ? null : "versionId=" + versionId, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot build a URI for " + this, e);
        }
    }

    /** {@code obs://bucket/key} with the key literal, plus {@code ?versionId=...} when a version is set. */
    @Override
    public String toString() {
        return SCHEME + "://" + bucket + "/" + key + (versionId == null ? "" : VERSION_SUFFIX + versionId);
    }
}
