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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huaweiocr.camel.EmulatorUris;
import io.github.huaweiocr.camel.HuaweiOcrConstants;
import io.github.huaweiocr.camel.support.S3ProxyServer;
import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import io.minio.MinioClient;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code from("minio:bucket?includeBody=false").to("huaweiocr:...")}: a real camel-minio consumer on s3proxy feeds the
 * component, which sends the emulator a presigned URL; the document bytes never enter the route.
 */
class MinioConsumerRouteTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "scans";

    // camel-minio checks its bucket when the route starts: the store is up before the Camel context.
    @RegisterExtension
    static final S3ProxyServer S3 = S3ProxyServer.withBucket(BUCKET);

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = S3.emulatorReadingThisStore();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("store", MinioClient.builder().endpoint(S3.endpoint())
                .credentials(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY).build());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("minio:" + BUCKET + "?minioClient=#store&includeBody=false&delay=200")
                        .to(EmulatorUris.akSk(emulator, "generalText", "&objectInput=true" + S3.uriOptions()
                                + "&outputType=NODE"))
                        .to("mock:recognised");
            }
        };
    }

    @Test
    void aMinioConsumerRouteFeedsOcrWithAPresignedUrlAndNoDocumentBytes() throws Exception {
        byte[] image = TestImages.png(320, 60);
        ObjectNode fixture = fixture(image);
        MockEndpoint recognised = getMockEndpoint("mock:recognised");
        recognised.expectedMinimumMessageCount(1);
        recognised.setResultWaitTime(30_000);

        S3.put(BUCKET, "receipt 7.png", image, "image/png");

        recognised.assertIsSatisfied();
        Exchange out = recognised.getReceivedExchanges().get(0);
        assertThat(out.getMessage().getBody(JsonNode.class)).isEqualTo(fixture.get("result"));
        assertThat(out.getMessage().getHeader("CamelMinioObjectName")).isEqualTo("receipt 7.png");
        // Set only when the document was sent as bytes.
        assertThat(out.getMessage().getHeader(HuaweiOcrConstants.IMAGE_FORMAT)).isNull();
        // The consumer may poll the object again before its first exchange completes and deletes it.
        assertThat(emulator.admin().requests("general-text")).isPositive();
        assertThat(emulator.admin().responses(200)).isEqualTo(emulator.admin().requests("general-text"));
        // Every call named the document by URL; none carried its bytes.
        assertThat(emulator.admin().inputs("url")).isEqualTo(emulator.admin().requests("general-text"));
        assertThat(emulator.admin().inputs("image")).isZero();
    }

    private static ObjectNode fixture(byte[] image) {
        ObjectNode response = JSON.createObjectNode();
        ObjectNode result = response.putObject("result");
        result.put("direction", -1);
        result.put("words_block_count", 1);
        ObjectNode block = result.putArray("words_block_list").addObject();
        block.put("words", "RECEIPT 7");
        var location = block.putArray("location");
        location.addArray().add(0).add(0);
        location.addArray().add(10).add(0);
        location.addArray().add(10).add(10);
        location.addArray().add(0).add(10);
        block.put("confidence", 0.93);
        block.putArray("char_list");
        emulator.admin().putFixture(image, response);
        return response;
    }
}
