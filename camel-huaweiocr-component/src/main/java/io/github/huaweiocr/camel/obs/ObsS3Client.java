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

import java.util.concurrent.CompletableFuture;

import io.minio.MinioAsyncClient;
import io.minio.Xml;
import io.minio.http.Method;
import io.minio.messages.LocationConstraint;
import okhttp3.ResponseBody;

/**
 * The MinIO client with one more call: GetBucketLocation. MinIO only runs it internally (and not at all once a
 * client region is set), but the cross-region check needs the region of any bucket, so it is exposed here through
 * the SDK's own signed request path rather than a hand-made request.
 */
final class ObsS3Client extends MinioAsyncClient {

    ObsS3Client(MinioAsyncClient client) {
        super(client);
    }

    /**
     * The bucket's region as the store reports it; an empty location means {@code us-east-1} in S3 semantics.
     *
     * @param signingRegion region the request is signed for (the endpoint's region)
     */
    CompletableFuture<String> bucketLocation(String bucket, String signingRegion) throws Exception {
        return executeAsync(Method.GET, bucket, null, signingRegion, null, newMultimap("location", null), null, 0)
                .thenApply(response -> {
                    try (ResponseBody body = response.body()) {
                        String location = Xml.unmarshal(LocationConstraint.class, body.charStream()).location();
                        return location == null || location.isBlank() ? US_EAST_1 : location.trim();
                    } catch (Exception e) {
                        throw new IllegalStateException("Unreadable GetBucketLocation answer for bucket " + bucket, e);
                    }
                });
    }
}
