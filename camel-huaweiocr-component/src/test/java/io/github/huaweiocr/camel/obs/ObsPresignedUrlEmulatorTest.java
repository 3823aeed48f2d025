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

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huaweiocr.camel.EmulatorUris;
import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;
import io.github.huaweiocr.camel.support.S3ProxyServer;
import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The emulator, standing in for Huawei OCR, downloads a presigned URL of an object in s3proxy: the document bytes
 * never pass through the route, which carries only the object's name (the headers of a camel-minio consumer).
 */
class ObsPresignedUrlEmulatorTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "ocr-inbox";

    @RegisterExtension
    static final S3ProxyServer S3 = S3ProxyServer.withBucket(BUCKET);

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = S3.emulatorReadingThisStore();

    private static ObsObjectResolver resolver;

    @AfterAll
    static void closeResolver() throws Exception {
        if (resolver != null) {
            resolver.close();
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        // The emulator's region is the OCR region; s3proxy reports its buckets in us-east-1, so the region check is
        // covered by ObsObjectResolverTest and switched off here.
        resolver = new ObsObjectResolver(S3.settings(emulator.region()).withAllowCrossRegion(true));
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:minio")
                        .process(e -> {
                            ObjectReference ref = ObjectReference.fromHeaders(e.getIn().getHeaders()).orElseThrow();
                            e.getIn().setBody(resolver.presignForOcr(ref).block());
                        })
                        .setHeader("sentBody", body())
                        .to(EmulatorUris.akSk(emulator, "generalText", "&outputType=JSON"));
            }
        };
    }

    @Test
    void theEmulatorReadsThePresignedObjectAndTheRouteCarriesNoBytes() throws Exception {
        byte[] image = TestImages.png(240, 60);
        S3.put(BUCKET, "scans/2026/scan 1.png", image, "image/png");
        ObjectNode response = fixture(image, "FROM OBS", 0.96);

        var exchange = template.request("direct:minio", e -> {
            e.getIn().setHeader("CamelMinioBucketName", BUCKET);
            e.getIn().setHeader("CamelMinioObjectName", "scans/2026/scan 1.png");
        });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader("sentBody", String.class))
                .startsWith(S3.endpoint() + "/" + BUCKET + "/scans/2026/scan%201.png?").contains("X-Amz-Signature=");
        // The fixture answers only for these exact bytes: the emulator got them from s3proxy through the URL.
        assertThat(JSON.readTree(exchange.getMessage().getBody(String.class))).isEqualTo(response.get("result"));
        assertThat(emulator.admin().requests("general-text")).isEqualTo(1);
    }

    @Test
    void aMissingObjectIsReportedByTheServiceAsAnObsReadFailure() {
        assertThatThrownBy(() -> template.requestBodyAndHeaders("direct:minio", null,
                Map.of("CamelMinioBucketName", BUCKET, "CamelMinioObjectName", "gone.png")))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(HuaweiOcrServiceException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo("ModelArts.4704"));
    }

    private static ObjectNode fixture(byte[] image, String words, double confidence) {
        ObjectNode response = JSON.createObjectNode();
        ObjectNode result = response.putObject("result");
        result.put("direction", -1);
        result.put("words_block_count", 1);
        ObjectNode block = result.putArray("words_block_list").addObject();
        block.put("words", words);
        var location = block.putArray("location");
        location.addArray().add(0).add(0);
        location.addArray().add(10).add(0);
        location.addArray().add(10).add(10);
        location.addArray().add(0).add(10);
        block.put("confidence", confidence);
        block.putArray("char_list");
        emulator.admin().putFixture(image, response);
        return response;
    }
}
