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

import java.time.Duration;
import java.util.Objects;
import io.github.huaweiocr.camel.operation.Limits;

/**
 * Everything {@link ObsObjectResolver} needs to reach the object store.
 *
 * @param endpoint         store URL; null means Huawei OBS of {@code region}: {@code https://obs.{region}.myhuaweicloud.com}
 * @param region           the OCR region: objects are signed for it and, in URL mode, buckets must be in it; null for
 *                         stores without regions (the check is skipped and URLs are signed for {@code us-east-1})
 * @param accessKey        access key of the store (on Huawei Cloud the OCR access key serves both)
 * @param secretKey        secret key; never printed
 * @param securityToken    session token of temporary credentials, or null; never printed
 * @param urlExpiry        lifetime of presigned URLs, 1 second to 7 days
 * @param allowCrossRegion send presigned URLs even for buckets outside {@code region}
 * @param maxDownloadBytes largest object {@link ObsObjectResolver#downloadAsync} reads when its first bytes do not
 *                         admit a larger one (a PDF, read page by page, may be larger)
 * @param virtualHostStyle true for {@code bucket.host} addressing, false for {@code host/bucket}, null to decide from
 *                         the host ({@code obs.*} hosts - Huawei OBS - use virtual-host style, every other host path
 *                         style, as s3proxy, MinIO and most private S3 stores expect)
 */
public record ObsSettings(String endpoint, String region, String accessKey, String secretKey, String securityToken,
                          Duration urlExpiry, boolean allowCrossRegion, long maxDownloadBytes,
                          Boolean virtualHostStyle) {

    /** Default lifetime of a presigned URL: long enough for the OCR service to fetch it, short enough to leak little. */
    public static final Duration DEFAULT_URL_EXPIRY = Duration.ofMinutes(5);


    /** Checks the values; the message names the wrong one. */
    public ObsSettings {
        if (endpoint == null && region == null) {
            throw new IllegalArgumentException("OBS needs an endpoint or a region (obsEndpoint or region)");
        }
        if (accessKey == null || accessKey.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException(
                    "OBS needs credentials: set obsAccessKey/obsSecretKey or the OCR accessKey/secretKey");
        }
        urlExpiry = urlExpiry == null ? DEFAULT_URL_EXPIRY : urlExpiry;
        if (urlExpiry.compareTo(Duration.ofSeconds(1)) < 0 || urlExpiry.compareTo(Limits.MAX_URL_EXPIRY) > 0) {
            throw new IllegalArgumentException("obsUrlExpiry must be between 1 second and 7 days, got " + urlExpiry);
        }
        if (maxDownloadBytes <= 0) {
            throw new IllegalArgumentException("maxDownloadBytes must be positive, got " + maxDownloadBytes);
        }
    }

    /** Settings for Huawei OBS in the OCR region with the defaults for everything else. */
    public static ObsSettings huawei(String region, String accessKey, String secretKey) {
        return new ObsSettings(null, Objects.requireNonNull(region, "region"), accessKey, secretKey, null,
                DEFAULT_URL_EXPIRY, false, Limits.MAX_RAW_LENGTH, null);
    }

    /** The Huawei OBS endpoint of a region. */
    public static String huaweiEndpoint(String region) {
        return "https://obs." + region + ".myhuaweicloud.com";
    }

    /** The endpoint actually used: the configured one, or Huawei OBS of the region. */
    public String effectiveEndpoint() {
        return endpoint != null ? endpoint : huaweiEndpoint(region);
    }

    /** A copy with another endpoint. */
    public ObsSettings withEndpoint(String newEndpoint) {
        return new ObsSettings(newEndpoint, region, accessKey, secretKey, securityToken, urlExpiry, allowCrossRegion,
                maxDownloadBytes, virtualHostStyle);
    }

    /** A copy with another presigned URL lifetime. */
    public ObsSettings withUrlExpiry(Duration expiry) {
        return new ObsSettings(endpoint, region, accessKey, secretKey, securityToken, expiry, allowCrossRegion,
                maxDownloadBytes, virtualHostStyle);
    }

    /** A copy that allows or refuses presigned URLs for buckets outside the OCR region. */
    public ObsSettings withAllowCrossRegion(boolean allow) {
        return new ObsSettings(endpoint, region, accessKey, secretKey, securityToken, urlExpiry, allow,
                maxDownloadBytes, virtualHostStyle);
    }

    /** A copy with another download bound. */
    public ObsSettings withMaxDownloadBytes(long max) {
        return new ObsSettings(endpoint, region, accessKey, secretKey, securityToken, urlExpiry, allowCrossRegion,
                max, virtualHostStyle);
    }

    @Override
    public String toString() {
        return "ObsSettings[endpoint=" + effectiveEndpoint() + ", region=" + region + ", accessKey=" + accessKey
                + ", secretKey=***" + (securityToken == null ? "" : ", securityToken=***") + ", urlExpiry=" + urlExpiry
                + ", allowCrossRegion=" + allowCrossRegion + ", maxDownloadBytes=" + maxDownloadBytes
                + ", virtualHostStyle=" + virtualHostStyle + "]";
    }
}
