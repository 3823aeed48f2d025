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

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The published vectors V1-V6 of specification section 3.3, verified by the emulator's verifier. */
class SdkHmacSha256VectorsTest {

    private static final String VPC_PATH = "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs";
    private static final String VPC_QUERY = "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0";

    private static SignedRequest request(String method, String path, String query, String host, String date,
                                         String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("host", new ArrayList<>(List.of(host)));
        headers.put("x-sdk-date", new ArrayList<>(List.of(date)));
        headers.put("content-type", new ArrayList<>(List.of("application/json")));
        headers.put("test_underscore", new ArrayList<>(List.of("TEST_VALUE")));
        return new SignedRequest(method, path, query, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String sign(SignedRequest request, List<String> signedHeaders, String secret) {
        String canonical = SdkHmacSha256.canonicalRequest(request, signedHeaders);
        return SdkHmacSha256.signature(secret, SdkHmacSha256.stringToSign(canonical, request.header("x-sdk-date")));
    }

    @Test
    void v1GetWithQueryMatchesCanonicalRequestStringToSignAndSignature() {
        SignedRequest v1 = request("GET", VPC_PATH, VPC_QUERY, "service.region.example.com", "20191115T033655Z", "");
        String canonical = SdkHmacSha256.canonicalRequest(v1, List.of("host", "x-sdk-date"));
        assertThat(canonical).isEqualTo("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                + "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\nhost:service.region.example.com\n"
                + "x-sdk-date:20191115T033655Z\n\nhost;x-sdk-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(SdkHmacSha256.stringToSign(canonical, "20191115T033655Z")).isEqualTo("SDK-HMAC-SHA256\n"
                + "20191115T033655Z\n0e84e7853cf87931d965c80e83bffb15aa865326db3a6f57aa2560a7601dfe18");
        assertThat(sign(v1, List.of("host", "x-sdk-date"), "SecretKey"))
                .isEqualTo("fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d");
    }

    @Test
    void v2PostWithBody() {
        SignedRequest v2 = request("POST", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123", "",
                "service.region.example.com", "20191115T033655Z", "{\"key\":\"value\"}");
        assertThat(SdkHmacSha256.sha256Hex(v2.body()))
                .isEqualTo("e43abcf3375244839c012f9633f95862d232a95b00d5bc7348b3098b9fed7f32");
        assertThat(sign(v2, List.of("host", "x-sdk-date"), "SecretKey"))
                .isEqualTo("b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771");
    }

    @Test
    void v3RootPathWithExplicitHost() {
        SignedRequest v3 = request("GET", "/", "", "example.com", "20191115T033655Z", "");
        assertThat(sign(v3, List.of("host", "x-sdk-date"), "SecretKey"))
                .isEqualTo("919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6");
    }

    @Test
    void v4AndV5FromThePythonSdk() {
        SignedRequest v4 = request("GET", "/resources", "size=1", "service.endpoint.myhuaweicloud.com",
                "20200608T023900Z", "");
        assertThat(sign(v4, List.of("host", "x-sdk-date"), "SecretKey"))
                .isEqualTo("cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
        SignedRequest v5 = request("POST", "/resources", "size=1", "service.endpoint.myhuaweicloud.com",
                "20200608T023900Z", "{\"name\":\"test\",\"id\":1}");
        assertThat(sign(v5, List.of("host", "x-sdk-date"), "SecretKey"))
                .isEqualTo("436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f");
    }

    @Test
    void v6FromHuaweiSigningGuideSignsContentType() {
        SignedRequest v6 = request("GET", VPC_PATH, VPC_QUERY, "service.region.example.com", "20191115T033655Z", "");
        List<String> signed = List.of("content-type", "host", "x-sdk-date");
        String canonical = SdkHmacSha256.canonicalRequest(v6, signed);
        assertThat(SdkHmacSha256.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
        assertThat(sign(v6, signed, "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"))
                .isEqualTo("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    }

    @Test
    void signedHeaderValuesAreTrimmedAndSdkContentShaReplacesTheBodyHash() {
        SignedRequest padded = request("GET", VPC_PATH, VPC_QUERY, "  service.region.example.com ",
                "20191115T033655Z", "");
        assertThat(sign(padded, List.of("host", "x-sdk-date"), "SecretKey"))
                .isEqualTo("fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d");
        SignedRequest unsigned = request("POST", "/v1/x", "", "h", "20191115T033655Z", "payload");
        unsigned.headers().put("x-sdk-content-sha256", List.of("UNSIGNED-PAYLOAD"));
        assertThat(SdkHmacSha256.canonicalRequest(unsigned, List.of("host"))).endsWith("\nUNSIGNED-PAYLOAD");
    }

    @Test
    void authorizationHeaderIsParsedAndMalformedOnesAreRefused() {
        AuthorizationHeader parsed = AuthorizationHeader.parse("SDK-HMAC-SHA256 Access=AK1, "
                + "SignedHeaders=host;X-Sdk-Date, Signature=ABCDEF").orElseThrow();
        assertThat(parsed.accessKey()).isEqualTo("AK1");
        assertThat(parsed.signedHeaders()).containsExactly("host", "x-sdk-date");
        assertThat(parsed.signature()).isEqualTo("abcdef");
        assertThat(AuthorizationHeader.parse("AWS4-HMAC-SHA256 Credential=x")).isEmpty();
        assertThat(AuthorizationHeader.parse("SDK-HMAC-SHA256 Access=AK1, Signature=ab")).isEmpty();
        assertThat(AuthorizationHeader.parse("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host, Signature=ab, X=1"))
                .isEmpty();
    }
}
