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
package io.github.huaweiocr.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import io.github.huaweiocr.emulator.support.OcrTestClient;
import io.github.huaweiocr.emulator.support.S3Presigner;
import io.github.huaweiocr.emulator.support.TestImages;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** {@code url} inputs: downloads from loopback, OBS URLs through a real S3 server, and each failure's code. */
class UrlInputTest {

    static final String S3_ACCESS_KEY = "S3TESTACCESSKEY";
    static final String S3_SECRET_KEY = "s3-test-secret-key-000000000";
    static final byte[] PNG = TestImages.png(64, 48);

    static final DisposableServer SOURCE = HttpServer.create().host("127.0.0.1").port(0)
            .route(routes -> routes
                    .get("/image.png", (req, res) -> res.header("Content-Type", "image/png")
                            .sendByteArray(Mono.just(PNG)))
                    .get("/slow.png", (req, res) -> Mono.delay(Duration.ofSeconds(20))
                            .then(res.sendByteArray(Mono.just(PNG)).then()))
                    .get("/big.png", (req, res) -> res.sendByteArray(Mono.just(new byte[300_000])))
                    .get("/chunked-big.png", (req, res) -> res.sendByteArray(
                            reactor.core.publisher.Flux.just(new byte[150_000], new byte[150_000]))))
            .bindNow();
    static final S3Proxy S3 = startS3();

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension().configure(b -> b
            .urlTimeout(Duration.ofSeconds(4)).urlMaxBytes(200_000)
            .obsEndpoint(java.net.URI.create("http://127.0.0.1:" + S3.getPort()))
            .obsCredentials(S3_ACCESS_KEY, S3_SECRET_KEY));

    private static S3Proxy startS3() {
        try {
            TransientNio2BlobStore store = new TransientNio2BlobStore();
            S3Proxy proxy = S3Proxy.builder().blobStore(store).endpoint(java.net.URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, S3_ACCESS_KEY, S3_SECRET_KEY).build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
            store.createContainer(CreateBucketRequest.builder().bucket("scans").build());
            for (String key : new String[] {"in/card.png", "in/März/发票 1.png"}) {
                store.putBlob(PutObjectRequest.builder().bucket("scans").key(key).contentLength((long) PNG.length)
                        .contentType("image/png").build(), new ByteArrayInputStream(PNG));
            }
            return proxy;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopServers() throws Exception {
        SOURCE.disposeNow();
        S3.stop();
    }

    private OcrTestClient.Answer recognizeUrl(String url) {
        String body = "{\"url\":\"" + url + "\"}";
        return new OcrTestClient(emulator.baseUrl()).postSigned("/v2/" + emulator.projectId() + "/ocr/general-text",
                body.getBytes(StandardCharsets.UTF_8), emulator.accessKey(), emulator.secretKey());
    }

    private String source(String path) {
        return "http://127.0.0.1:" + SOURCE.port() + path;
    }

    @Test
    void downloadsLoopbackUrlsAndRecognisesThem() {
        OcrTestClient.Answer answer = recognizeUrl(source("/image.png"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("result").isObject()).isTrue();
    }

    @Test
    void downloadFailuresAreModelArts4603() {
        for (String url : new String[] {source("/missing.png"), source("/slow.png"), source("/big.png"), source("/chunked-big.png"),
            "http://example.invalid/a.png", "ftp://127.0.0.1/a.png", "http://127.0.0.1:1/a.png"}) {
            OcrTestClient.Answer answer = recognizeUrl(url);
            assertThat(answer.status()).as(url).isEqualTo(400);
            assertThat(answer.errorCode()).as(url).isEqualTo("ModelArts.4603");
            assertThat(answer.errorMsg()).isEqualTo("Obtaining the file from the URL failed.");
        }
    }

    @Test
    void obsUrlsAreReadThroughTheConfiguredS3Endpoint() {
        OcrTestClient.Answer answer = recognizeUrl("https://scans.obs.cn-north-4.myhuaweicloud.com/in/card.png");
        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(200);
    }

    @Test
    void presignedUrlsOfTheS3EndpointAreDownloadedAsTheyAre() throws Exception {
        String hostAndPort = "127.0.0.1:" + S3.getPort();
        String url = S3Presigner.presignedGet("http://" + hostAndPort, hostAndPort, "scans", "in/card.png",
                S3_ACCESS_KEY, S3_SECRET_KEY);
        assertThat(recognizeUrl(url).status()).isEqualTo(200);
        OcrTestClient.Answer unsigned = recognizeUrl("http://" + hostAndPort + "/scans/in/card.png");
        assertThat(unsigned.errorCode()).isEqualTo("ModelArts.4704");
    }

    @Test
    void percentEncodedKeysReachTheObjectUnchanged() throws Exception {
        String encodedKey = "in/M%C3%A4rz/%E5%8F%91%E7%A5%A8%201.png";
        assertThat(recognizeUrl("https://scans.obs.cn-north-4.myhuaweicloud.com/" + encodedKey).status())
                .isEqualTo(200);
        String hostAndPort = "127.0.0.1:" + S3.getPort();
        String presigned = S3Presigner.presignedGet("http://" + hostAndPort, hostAndPort, "scans", encodedKey,
                S3_ACCESS_KEY, S3_SECRET_KEY);
        assertThat(recognizeUrl(presigned).status()).isEqualTo(200);
    }

    @Test
    void unreadableObsObjectsAreModelArts4704() {
        OcrTestClient.Answer answer = recognizeUrl("https://scans.obs.cn-north-4.myhuaweicloud.com/in/none.png");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("ModelArts.4704");
        assertThat(answer.errorMsg()).isEqualTo("Obtaining the file from the OBS failed.");
    }
}
