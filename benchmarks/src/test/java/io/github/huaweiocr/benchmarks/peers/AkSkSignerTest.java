package io.github.huaweiocr.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AkSkSignerTest {

    /** Published vector V2 of the API specification (section 3.3): POST with a JSON body, host and date signed. */
    @Test
    void signsThePublishedPostVector() {
        AkSkSigner signer = new AkSkSigner("AccessKey", "SecretKey");

        Map<String, String> headers = signer.sign("service.region.example.com",
                "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123", "{\"key\":\"value\"}".getBytes(StandardCharsets.UTF_8),
                ZonedDateTime.of(2019, 11, 15, 3, 36, 55, 0, ZoneOffset.UTC));

        assertThat(headers).containsEntry("X-Sdk-Date", "20191115T033655Z")
                .containsEntry("Authorization", "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                        + "Signature=b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771");
    }

    @Test
    void neverShowsTheSecretKey() {
        assertThat(new AkSkSigner("AK", "TopSecretValue")).asString().doesNotContain("TopSecretValue");
    }
}
