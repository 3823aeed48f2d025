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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.error.ObsAccessException;
import io.github.huaweiocr.camel.operation.Limits;
import io.github.huaweiocr.camel.support.S3ProxyServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObsObjectResolverTest {

    private static final String BUCKET = "ocr-docs";
    private static final String KEY = "invoices/2026 März/发票 1.png";
    private static final byte[] DATA = "pretend this is a PNG".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final S3ProxyServer S3 = S3ProxyServer.withBucket(BUCKET);

    @BeforeAll
    static void storeTheDocument() throws Exception {
        S3.put(BUCKET, KEY, DATA, "image/png");
    }

    @Test
    void presignedUrlOfKeyWithSlashesSpacesAndNonAsciiDownloadsTheObjectOverPlainHttp() throws Exception {
        try (ObsObjectResolver resolver = new ObsObjectResolver(S3.settings(null))) {
            String url = resolver.presignedGetUrl(ObjectReference.of(BUCKET, KEY), Duration.ofMinutes(2));

            assertThat(url).startsWith(S3.endpoint() + "/" + BUCKET + "/invoices/").contains("X-Amz-Signature=")
                    .doesNotContain(S3ProxyServer.SECRET_KEY).doesNotContain(" ");
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(DATA);
        }
    }

    @Test
    void presigningIsLocalAndNeedsNoReachableStore() throws Exception {
        ObsSettings unreachable = S3.settings("cn-north-4").withEndpoint("http://127.0.0.1:9");
        try (ObsObjectResolver resolver = new ObsObjectResolver(unreachable)) {
            String url = resolver.presignedGetUrl(ObjectReference.of(BUCKET, "a.png"), Duration.ofSeconds(30));

            assertThat(url).startsWith("http://127.0.0.1:9/" + BUCKET + "/a.png?")
                    .contains("X-Amz-Credential=" + S3ProxyServer.ACCESS_KEY + "%2F")
                    .contains("%2Fcn-north-4%2Fs3%2F").contains("X-Amz-Expires=30");
        }
    }

    @Test
    void downloadReturnsTheObjectBytes() throws Exception {
        try (ObsObjectResolver resolver = new ObsObjectResolver(S3.settings(null))) {
            assertThat(download(resolver, ObjectReference.parse("obs://" + BUCKET + "/" + KEY))).isEqualTo(DATA);
            assertThat(download(resolver, ObjectReference.of(BUCKET, KEY))).isEqualTo(DATA);
        }
    }

    @Test
    void downloadRefusesAnObjectLargerThanTheBoundBeforeReadingIt() throws Exception {
        try (ObsObjectResolver resolver = new ObsObjectResolver(S3.settings(null).withMaxDownloadBytes(10))) {
            assertThatThrownBy(() -> download(resolver, ObjectReference.of(BUCKET, KEY)))
                    .isInstanceOf(HuaweiOcrInputException.class)
                    .hasMessageContaining("is " + DATA.length + " bytes")
                    .hasMessageContaining("10 MB of base64")
                    .hasMessageContaining("obsInputMode=URL");
        }
    }

    @Test
    void anObjectOverTheBoundIsReadWhenItsFirstBytesSaySoAndOnlyItsFirstBytesAreSentBeforehand() throws Exception {
        byte[] large = new byte[64 * 1024];
        new Random(3).nextBytes(large);
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
        S3.put(BUCKET, "large.pdf", large, "application/pdf");
        List<byte[]> told = new ArrayList<>();
        try (ObsObjectResolver resolver = new ObsObjectResolver(S3.settings(null).withMaxDownloadBytes(1024))) {
            String[] readingThread = new String[1];
            byte[] read = resolver.downloadAsync(ObjectReference.of(BUCKET, "large.pdf"), head -> told.add(head),
                    in -> {
                        readingThread[0] = Thread.currentThread().getName();
                        return readAll(in);
                    }).block();

            assertThat(read).isEqualTo(large);
            assertThat(told).singleElement().satisfies(head -> assertThat(head).isEqualTo(
                    Arrays.copyOf(large, ObsObjectResolver.HEAD_LENGTH)));
            assertThat(readingThread[0]).startsWith("boundedElastic");
            assertThat(S3.bytesServed(BUCKET, "large.pdf")).isEqualTo(ObsObjectResolver.HEAD_LENGTH + large.length);
        }
    }

    @Test
    void anObjectOverTheBoundThatItsFirstBytesDoNotAdmitIsRefusedAfterOnlyThoseWereSent() throws Exception {
        byte[] large = new byte[64 * 1024];
        new Random(4).nextBytes(large);
        S3.put(BUCKET, "large.bin", large, "application/octet-stream");
        try (ObsObjectResolver resolver = new ObsObjectResolver(S3.settings(null).withMaxDownloadBytes(1024))) {
            assertThatThrownBy(() -> resolver.downloadAsync(ObjectReference.of(BUCKET, "large.bin"), head -> false,
                    ObsObjectResolverTest::readAll).block())
                    .isInstanceOf(HuaweiOcrInputException.class)
                    .hasMessageContaining("is " + large.length + " bytes")
                    .hasMessageContaining("obsInputMode=URL");
            assertThat(S3.bytesServed(BUCKET, "large.bin")).isEqualTo(ObsObjectResolver.HEAD_LENGTH);
        }
    }

    @Test
    void anEmptyObjectIsGivenToTheReaderEmpty() throws Exception {
        S3.put(BUCKET, "empty.png", new byte[0], "image/png");
        try (ObsObjectResolver resolver = new ObsObjectResolver(S3.settings(null))) {
            assertThat(download(resolver, ObjectReference.of(BUCKET, "empty.png"))).isEmpty();
        }
    }

    @Test
    void theSizeIsTheRangeTotalOrTheWholeLength() {
        assertThat(ObsObjectResolver.size("bytes 0-7/12345", "8")).isEqualTo(12345);
        assertThat(ObsObjectResolver.size(null, "20")).isEqualTo(20);
        assertThat(ObsObjectResolver.size("bytes 0-7/*", "8")).isEqualTo(-1);
        assertThat(ObsObjectResolver.size(null, null)).isEqualTo(-1);
    }

    @Test
    void downloadOfAMissingKeyIsAnInputErrorNamingTheObject() throws Exception {
        try (ObsObjectResolver resolver = new ObsObjectResolver(S3.settings(null))) {
            assertThatThrownBy(() -> download(resolver, ObjectReference.of(BUCKET, "nope.png")))
                    .isInstanceOf(HuaweiOcrInputException.class)
                    .hasMessageContaining("obs://" + BUCKET + "/nope.png")
                    .hasMessageContaining("NoSuchKey");
        }
    }

    @Test
    void wrongSecretKeyIsAnAccessErrorThatNeverShowsTheSecret() throws Exception {
        String wrongSecret = "definitely-not-the-secret-0000000";
        ObsSettings wrong = new ObsSettings(S3.endpoint(), null, S3ProxyServer.ACCESS_KEY, wrongSecret, null,
                null, false, Limits.MAX_RAW_LENGTH, null);
        try (ObsObjectResolver resolver = new ObsObjectResolver(wrong)) {
            assertThatThrownBy(() -> download(resolver, ObjectReference.of(BUCKET, KEY)))
                    .isInstanceOf(ObsAccessException.class)
                    .hasMessageContaining("SignatureDoesNotMatch")
                    .hasMessageContaining("obsSecretKey")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrongSecret))
                    .satisfies(e -> assertThat(((ObsAccessException) e).isRetryable()).isFalse());
            assertThat(wrong.toString()).doesNotContain(wrongSecret);
        }
    }

    @Test
    void bucketRegionIsReadFromTheStore() throws Exception {
        try (ObsObjectResolver resolver = new ObsObjectResolver(S3.settings(null))) {
            // s3proxy keeps buckets in the default S3 location, which S3 reports as us-east-1.
            assertThat(resolver.bucketRegion(BUCKET)).isEqualTo("us-east-1");
        }
    }

    @Test
    void urlModeRefusesABucketInAnotherRegionThanTheOcrEndpointAndSaysToDownload() throws Exception {
        try (ObsObjectResolver resolver = new ObsObjectResolver(S3.settings("cn-north-4"))) {
            assertThatThrownBy(() -> resolver.presignForOcr(ObjectReference.of(BUCKET, KEY)).block())
                    .isInstanceOf(HuaweiOcrInputException.class)
                    .hasMessageContaining("is in region us-east-1")
                    .hasMessageContaining("cn-north-4")
                    .hasMessageContaining("obsInputMode=DOWNLOAD")
                    .hasMessageContaining("ModelArts.4704");
        }
    }

    @Test
    void urlModeSendsABucketInAnotherRegionWhenCrossRegionIsAllowed() throws Exception {
        ObsSettings allowed = S3.settings("cn-north-4").withAllowCrossRegion(true);
        try (ObsObjectResolver resolver = new ObsObjectResolver(allowed)) {
            String url = resolver.presignForOcr(ObjectReference.of(BUCKET, KEY)).block();
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.body()).isEqualTo(DATA);
        }
    }

    @Test
    void urlModePresignsABucketInTheOcrRegionWithTheConfiguredExpiry() throws Exception {
        ObsSettings sameRegion = S3.settings("us-east-1").withUrlExpiry(Duration.ofSeconds(90));
        try (ObsObjectResolver resolver = new ObsObjectResolver(sameRegion)) {
            String url = resolver.presignForOcr(ObjectReference.of(BUCKET, KEY)).block();

            assertThat(url).contains("X-Amz-Expires=90");
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.body()).isEqualTo(DATA);
        }
    }

    /** The whole object, admitted only within the settings' bound. */
    private static byte[] download(ObsObjectResolver resolver, ObjectReference ref) {
        return resolver.downloadAsync(ref, head -> false, ObsObjectResolverTest::readAll).block();
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void huaweiObsHostsUseVirtualHostStyleAndLoopbackOrOtherHostsPathStyle() {
        assertThat(ObsObjectResolver.usesVirtualHostStyle(ObsSettings.huaweiEndpoint("cn-north-4"))).isTrue();
        assertThat(ObsObjectResolver.usesVirtualHostStyle("http://127.0.0.1:9000")).isFalse();
        assertThat(ObsObjectResolver.usesVirtualHostStyle("http://localhost:9000")).isFalse();
        assertThat(ObsObjectResolver.usesVirtualHostStyle("http://minio.internal:9000")).isFalse();
    }

    @Test
    void huaweiDefaultEndpointIsTheObsHostOfTheRegionAndUrlsAreVirtualHosted() throws Exception {
        ObsSettings huawei = ObsSettings.huawei("ap-southeast-1", "AK", "SK");
        assertThat(huawei.effectiveEndpoint()).isEqualTo("https://obs.ap-southeast-1.myhuaweicloud.com");
        try (ObsObjectResolver resolver = new ObsObjectResolver(huawei)) {
            assertThat(resolver.presignedGetUrl(ObjectReference.of("my-bucket", "a b.jpg"), Duration.ofMinutes(1)))
                    .startsWith("https://my-bucket.obs.ap-southeast-1.myhuaweicloud.com/a%20b.jpg?");
        }
    }
}
