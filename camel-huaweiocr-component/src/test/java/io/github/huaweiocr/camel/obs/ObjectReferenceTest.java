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
import java.util.HashMap;
import java.util.Map;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObjectReferenceTest {

    @Test
    void parsesKeysWithSlashesSpacesAndNonAsciiLiterally() {
        ObjectReference ref = ObjectReference.parse("obs://scans-2026/in box/发票 %41.pdf");

        assertThat(ref.bucket()).isEqualTo("scans-2026");
        assertThat(ref.key()).isEqualTo("in box/发票 %41.pdf");
        assertThat(ref.versionId()).isNull();
        assertThat(ObjectReference.parse(ref.toString())).isEqualTo(ref);
    }

    @Test
    void parsesAVersionIdAndTheS3Scheme() {
        ObjectReference ref = ObjectReference.parse("s3://bucket.with.dots/a/b.png?versionId=v-17");

        assertThat(ref).isEqualTo(new ObjectReference("bucket.with.dots", "a/b.png", "v-17"));
        assertThat(ref.toString()).isEqualTo("obs://bucket.with.dots/a/b.png?versionId=v-17");
    }

    @Test
    void uriFormIsPercentEncodedAndReadsBackToTheSameReference() {
        ObjectReference ref = new ObjectReference("docs", "年报/page 1.png", "3");
        URI uri = ref.toUri();

        assertThat(uri.toASCIIString()).isEqualTo("obs://docs/%E5%B9%B4%E6%8A%A5/page%201.png?versionId=3");
        assertThat(ObjectReference.of(uri)).isEqualTo(ref);
        assertThat(ObjectReference.of(URI.create("obs://docs/a%20b.png")).key()).isEqualTo("a b.png");
    }

    @Test
    void rejectsMalformedReferencesSayingWhatIsWrong() {
        assertThatThrownBy(() -> ObjectReference.parse("obs://bucket")).isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("has no key");
        assertThatThrownBy(() -> ObjectReference.parse("obs://bucket/")).hasMessageContaining("has no key");
        assertThatThrownBy(() -> ObjectReference.parse("obs:///key")).hasMessageContaining("Invalid bucket name ''");
        assertThatThrownBy(() -> ObjectReference.parse("obs://My_Bucket/k")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> ObjectReference.parse("obs://ab/k")).hasMessageContaining("3 to 63");
        assertThatThrownBy(() -> ObjectReference.parse("https://bucket/k")).hasMessageContaining("expected obs://");
        assertThatThrownBy(() -> ObjectReference.parse("obs://bucket/" + "k".repeat(1025)))
                .hasMessageContaining("1024 bytes");
        assertThatThrownBy(() -> ObjectReference.of(URI.create("http://bucket/k"))).hasMessageContaining("scheme 'http'");
    }

    @Test
    void recognisesObjectUrisButNotOtherText() {
        assertThat(ObjectReference.isObjectUri("OBS://b/k")).isTrue();
        assertThat(ObjectReference.isObjectUri(" s3://b/k")).isTrue();
        assertThat(ObjectReference.isObjectUri("https://b/k")).isFalse();
        assertThat(ObjectReference.isObjectUri("iVBORw0KGgo=")).isFalse();
        assertThat(ObjectReference.isObjectUri(null)).isFalse();
    }

    @Test
    void readsTheHeadersOfTheMinioAwsS3AndHuaweiObsConsumers() {
        assertThat(ObjectReference.fromHeaders(Map.of("CamelMinioBucketName", "inbox", "CamelMinioObjectName", "a.png",
                "CamelMinioVersionId", "7"))).contains(new ObjectReference("inbox", "a.png", "7"));
        assertThat(ObjectReference.fromHeaders(Map.of("CamelAwsS3BucketName", "inbox", "CamelAwsS3Key", "x/b.pdf")))
                .contains(ObjectReference.of("inbox", "x/b.pdf"));
        assertThat(ObjectReference.fromHeaders(Map.of("CamelHwCloudObsBucketName", "inbox",
                "CamelHwCloudObsObjectKey", "c.jpg"))).contains(ObjectReference.of("inbox", "c.jpg"));
        assertThat(ObjectReference.fromHeaders(Map.of("CamelFileName", "a.png"))).isEmpty();
    }

    @Test
    void aBucketHeaderWithoutItsKeyHeaderIsAnInputError() {
        Map<String, Object> headers = new HashMap<>();
        headers.put("CamelAwsS3BucketName", "inbox");
        assertThatThrownBy(() -> ObjectReference.fromHeaders(headers)).isInstanceOf(HuaweiOcrInputException.class)
                .hasMessageContaining("CamelAwsS3Key");
    }
}
