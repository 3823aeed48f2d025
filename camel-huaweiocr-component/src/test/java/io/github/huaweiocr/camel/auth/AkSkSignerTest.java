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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The signer against the published vectors V1-V6 of section 3.3 of the API specification. */
class AkSkSignerTest {

    private static final Credentials KEYS = new Credentials("AccessKey", "SecretKey");
    private static final String VPCS = "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
            + "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0";

    private final AkSkSigner signer = new AkSkSigner(Clock.fixed(Instant.parse("2019-11-15T03:36:55Z"), ZoneOffset.UTC));

    @Test
    void v1GetWithQueryBuildsTheDocumentedCanonicalRequestAndSignature() {
        URI uri = URI.create(VPCS);
        AkSkSigner.SortedHeaders headers = AkSkSigner.SortedHeaders.of(Map.of(
                "Host", "service.region.example.com", "X-Sdk-Date", "20191115T033655Z", "TEST_UNDERSCORE", "TEST_VALUE"));
        String canonical = AkSkSigner.canonicalRequest("GET", uri.getRawPath(), uri.getRawQuery(), headers,
                AkSkSigner.EMPTY_BODY_SHA256);

        assertThat(canonical).isEqualTo("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                + "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\nhost:service.region.example.com\n"
                + "x-sdk-date:20191115T033655Z\n\nhost;x-sdk-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(AkSkSigner.stringToSign("20191115T033655Z", canonical)).isEqualTo("SDK-HMAC-SHA256\n"
                + "20191115T033655Z\n0e84e7853cf87931d965c80e83bffb15aa865326db3a6f57aa2560a7601dfe18");

        Map<String, String> signed = signer.sign("GET", uri, Map.of("TEST_UNDERSCORE", "TEST_VALUE"),
                AkSkSigner.EMPTY_BODY_SHA256, KEYS);
        assertThat(signed).containsEntry("X-Sdk-Date", "20191115T033655Z")
                .containsEntry("Host", "service.region.example.com")
                .containsEntry("Authorization", "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                        + "Signature=fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d");
    }

    @Test
    void v2PostHashesTheBody() {
        byte[] body = "{\"key\":\"value\"}".getBytes(StandardCharsets.UTF_8);
        String bodyHash = AkSkSigner.sha256Hex(body);
        assertThat(bodyHash).isEqualTo("e43abcf3375244839c012f9633f95862d232a95b00d5bc7348b3098b9fed7f32");

        URI uri = URI.create("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123");
        String canonical = AkSkSigner.canonicalRequest("POST", uri.getRawPath(), uri.getRawQuery(),
                AkSkSigner.SortedHeaders.of(Map.of("Host", "service.region.example.com", "X-Sdk-Date",
                        "20191115T033655Z")), bodyHash);
        assertThat(AkSkSigner.stringToSign("20191115T033655Z", canonical))
                .endsWith("\n79be7a43859f485df125c417ebb8821754c7ed42f6742ce8b0fd74b2b303446d");

        assertThat(signer.sign("POST", uri, Map.of(), bodyHash, KEYS).get("Authorization"))
                .endsWith("Signature=b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771");
    }

    @Test
    void v3RootPathUsesTheExplicitHostHeader() {
        URI uri = URI.create("https://service.region.example.com");
        Map<String, String> signed = signer.sign("GET", uri, Map.of("Host", "example.com"),
                AkSkSigner.EMPTY_BODY_SHA256, KEYS);
        assertThat(signed.get("Host")).isEqualTo("example.com");
        assertThat(signed.get("Authorization"))
                .endsWith("Signature=919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6");
    }

    @Test
    void v4GetLeavesUnderscoreHeadersUnsigned() {
        Map<String, String> headers = Map.of("X-Sdk-Date", "20200608T023900Z", "TEST_UNDERSCORE", "TEST_VALUE");
        Map<String, String> signed = signer.sign("GET",
                URI.create("https://service.endpoint.myhuaweicloud.com/resources?size=1"), headers,
                AkSkSigner.EMPTY_BODY_SHA256, KEYS);
        assertThat(signed.get("Authorization")).contains("SignedHeaders=host;x-sdk-date,")
                .endsWith("Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
    }

    @Test
    void v5PostWithJsonBody() {
        String bodyHash = AkSkSigner.sha256Hex("{\"name\":\"test\",\"id\":1}".getBytes(StandardCharsets.UTF_8));
        Map<String, String> signed = signer.sign("POST",
                URI.create("https://service.endpoint.myhuaweicloud.com/resources?size=1"),
                Map.of("X-Sdk-Date", "20200608T023900Z", "TEST_UNDERSCORE", "TEST_VALUE"), bodyHash, KEYS);
        assertThat(signed.get("Authorization"))
                .endsWith("Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f");
    }

    @Test
    void v6SignsContentTypeWhenAsked() {
        URI uri = URI.create(VPCS);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        String canonical = AkSkSigner.canonicalRequest("GET", uri.getRawPath(), uri.getRawQuery(),
                AkSkSigner.SortedHeaders.of(Map.of("Content-Type", "application/json", "Host",
                        "service.region.example.com", "X-Sdk-Date", "20191115T033655Z")),
                AkSkSigner.EMPTY_BODY_SHA256);
        assertThat(AkSkSigner.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");

        Map<String, String> signed = signer.sign("GET", uri, headers, AkSkSigner.EMPTY_BODY_SHA256,
                new Credentials("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"));
        assertThat(signed.get("Authorization")).isEqualTo("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
                + "SignedHeaders=content-type;host;x-sdk-date, "
                + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    }

    @Test
    void hostKeepsANonDefaultPortAndDropsADefaultOne() {
        assertThat(AkSkSigner.hostOf(URI.create("http://127.0.0.1:45845/v2/p/ocr/general-text")))
                .isEqualTo("127.0.0.1:45845");
        assertThat(AkSkSigner.hostOf(URI.create("https://ocr.cn-north-4.myhuaweicloud.com:443/x")))
                .isEqualTo("ocr.cn-north-4.myhuaweicloud.com");
    }

    @Test
    void canonicalUriEncodesEachSegmentAndEndsWithSlash() {
        assertThat(AkSkSigner.canonicalUri("/v2/abc/ocr/general-text")).isEqualTo("/v2/abc/ocr/general-text/");
        assertThat(AkSkSigner.canonicalUri("/a%20b/c:d")).isEqualTo("/a%20b/c%3Ad/");
        assertThat(AkSkSigner.canonicalUri("")).isEqualTo("/");
    }

    @Test
    void canonicalQuerySortsNamesAndValuesAndEncodesThem() {
        assertThat(AkSkSigner.canonicalQuery("b=2&a=z&a=y&c=x%20y")).isEqualTo("a=y&a=z&b=2&c=x%20y");
        assertThat(AkSkSigner.canonicalQuery("name=cn-north-4")).isEqualTo("name=cn-north-4");
    }

    @Test
    void temporaryCredentialsAddAndSignTheSecurityToken() {
        Map<String, String> signed = signer.sign("POST", URI.create("http://127.0.0.1:8080/v2/p/ocr/general-text"),
                Map.of("X-Project-Id", "p"), AkSkSigner.EMPTY_BODY_SHA256,
                new Credentials("TMPAK", "TMPSK", "sts-token-value"));
        assertThat(signed).containsEntry("X-Security-Token", "sts-token-value");
        assertThat(signed.get("Authorization")).contains("SignedHeaders=host;x-project-id;x-sdk-date;x-security-token,");
    }

    @Test
    void aRotatedSecretKeySignsWithTheNewKeyAndTheOldOneAgainAfterwards() {
        String bodyHash = AkSkSigner.sha256Hex("{\"name\":\"test\",\"id\":1}".getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create("https://service.endpoint.myhuaweicloud.com/resources?size=1");
        Map<String, String> headers = Map.of("X-Sdk-Date", "20200608T023900Z", "TEST_UNDERSCORE", "TEST_VALUE");
        String documented = "Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f";
        assertThat(signer.sign("POST", uri, headers, bodyHash, KEYS).get("Authorization")).endsWith(documented);
        String rotated = signer.sign("POST", uri, headers, bodyHash, new Credentials("AccessKey", "OtherSecret"))
                .get("Authorization");
        assertThat(rotated).doesNotEndWith(documented);
        assertThat(signer.sign("POST", uri, headers, bodyHash, new Credentials("AccessKey", "OtherSecret"))
                .get("Authorization")).isEqualTo(rotated);
        assertThat(signer.sign("POST", uri, headers, bodyHash, KEYS).get("Authorization")).endsWith(documented);
    }

    @Test
    void theSdkDateFollowsTheClockFromOneSecondToTheNext() {
        Instant[] now = {Instant.parse("2026-12-02T06:59:59.900Z")};
        AkSkSigner ticking = new AkSkSigner(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        });
        URI uri = URI.create("http://127.0.0.1:8080/v2/p/ocr/general-text");
        assertThat(ticking.sign("POST", uri, Map.of(), AkSkSigner.EMPTY_BODY_SHA256, KEYS).get("X-Sdk-Date"))
                .isEqualTo("20261202T065959Z");
        now[0] = Instant.parse("2026-12-02T07:00:00.050Z");
        assertThat(ticking.sign("POST", uri, Map.of(), AkSkSigner.EMPTY_BODY_SHA256, KEYS).get("X-Sdk-Date"))
                .isEqualTo("20261202T070000Z");
    }

    @Test
    void aSignerThatSignedOneRequestSignsTheNextExactlyAsAFreshSignerWould() {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-02T16:00:00Z"), ZoneOffset.UTC);
        AkSkSigner reused = new AkSkSigner(fixed);
        URI text = URI.create("http://127.0.0.1:8080/v2/p/ocr/general-text");
        URI invoice = URI.create("http://127.0.0.1:8080/v2/p/ocr/vat-invoice");
        Map<String, String> headers = Map.of("Content-Type", "application/json;charset=UTF-8", "X-Project-Id", "p");
        String otherBody = AkSkSigner.sha256Hex("{}".getBytes(StandardCharsets.UTF_8));
        // the same request with another body, then each thing the signature covers changed in turn
        Object[][] requests = {
            {"POST", text, headers, AkSkSigner.EMPTY_BODY_SHA256, KEYS},
            {"POST", text, headers, otherBody, KEYS},
            {"POST", invoice, headers, otherBody, KEYS},
            {"GET", invoice, headers, otherBody, KEYS},
            {"GET", invoice, Map.of("Content-Type", "application/json;charset=UTF-8", "X-Project-Id", "q"), otherBody,
                KEYS},
            {"GET", invoice, Map.of("X-Project-Id", "q"), otherBody, KEYS},
            {"GET", invoice, Map.of("X-Project-Id", "q"), otherBody, new Credentials("OtherKey", "SecretKey")},
            {"GET", invoice, Map.of("X-Project-Id", "q"), otherBody, new Credentials("OtherKey", "SecretKey", "t")},
            {"GET", invoice, Map.of("X-Project-Id", "q", "X-Sdk-Date", "20261202T160001Z"), otherBody, KEYS},
        };
        for (Object[] r : requests) {
            @SuppressWarnings("unchecked")
            Map<String, String> h = (Map<String, String>) r[2];
            Map<String, String> once = new AkSkSigner(fixed).sign((String) r[0], (URI) r[1], h, (String) r[3],
                    (Credentials) r[4]);
            assertThat(reused.sign((String) r[0], (URI) r[1], h, (String) r[3], (Credentials) r[4]))
                    .as("%s %s %s", r[0], r[1], h).isEqualTo(once);
        }
    }
}
