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
package io.github.huaweiocr.camel.support;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import io.github.huaweiocr.camel.obs.ObsSettings;
import io.github.huaweiocr.camel.operation.Limits;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

/**
 * A real S3 server (s3proxy with an in-memory blob store) on a free loopback port. Register it as a static
 * {@code @RegisterExtension} field to have it stopped after the test class; it is started when created, because
 * camel-minio checks its bucket when a route starts and the emulator is configured with the store's address. It counts
 * the bytes of each object it reads out of its store to answer a GET, so a test can tell an object downloaded from one
 * refused before its content was sent.
 */
public final class S3ProxyServer implements AutoCloseable, AfterAllCallback {

    public static final String ACCESS_KEY = "AKOBSTEST0000000";
    public static final String SECRET_KEY = "obs-test-secret-key-0000000000000";

    private final S3Proxy proxy;
    private final MinioClient uploader;
    private final Map<String, AtomicLong> served = new ConcurrentHashMap<>();

    public S3ProxyServer() throws Exception {
        proxy = S3Proxy.builder()
                .blobStore(new CountingBlobStore(new TransientNio2BlobStore()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        uploader = MinioClient.builder().endpoint(endpoint()).credentials(ACCESS_KEY, SECRET_KEY).build();
    }

    /** A started store holding one empty bucket; for static initialisers, so a failure is unchecked. */
    public static S3ProxyServer withBucket(String bucket) {
        try {
            S3ProxyServer s3 = new S3ProxyServer();
            s3.createBucket(bucket);
            return s3;
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** The endpoint URI options that make the component read objects from this store. */
    public String uriOptions() {
        return "&obsEndpoint=" + endpoint() + "&obsAccessKey=RAW(" + ACCESS_KEY + ")&obsSecretKey=RAW(" + SECRET_KEY
               + ")";
    }

    /** An emulator that downloads presigned URLs of this store, as Huawei OCR reads OBS. */
    public HuaweiOcrEmulatorExtension emulatorReadingThisStore() {
        return new HuaweiOcrEmulatorExtension()
                .configure(b -> b.obsEndpoint(URI.create(endpoint())).obsCredentials(ACCESS_KEY, SECRET_KEY));
    }

    public void createBucket(String bucket) throws Exception {
        uploader.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
    }

    public void put(String bucket, String key, byte[] data, String contentType) throws Exception {
        uploader.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(new ByteArrayInputStream(data), data.length, -1).contentType(contentType).build());
    }

    /**
     * The bytes of the object this server has read out of its store to answer GET requests (whole or ranged): at
     * least what it sent of the object, and no more.
     */
    public long bytesServed(String bucket, String key) {
        AtomicLong count = served.get(bucket + "/" + key);
        return count == null ? 0 : count.get();
    }

    public ObsSettings settings(String region) {
        return new ObsSettings(endpoint(), region, ACCESS_KEY, SECRET_KEY, null, ObsSettings.DEFAULT_URL_EXPIRY,
                false, Limits.MAX_RAW_LENGTH, null);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
    }

    @Override
    public void close() throws Exception {
        uploader.close();
        proxy.stop();
    }

    /** The store, counting what each GET reads of an object's content. */
    private final class CountingBlobStore extends ForwardingBlobStore {

        CountingBlobStore(BlobStore store) {
            super(store);
        }

        @Override
        public ResponseInputStream<GetObjectResponse> getBlob(GetObjectRequest request) {
            ResponseInputStream<GetObjectResponse> blob = super.getBlob(request);
            if (blob == null) {
                return null;
            }
            AtomicLong count = served.computeIfAbsent(request.bucket() + "/" + request.key(), k -> new AtomicLong());
            return new ResponseInputStream<>(blob.response(), new FilterInputStream(blob) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count.incrementAndGet();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        count.addAndGet(n);
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    // Skipped bytes leave the store too, as far as this count is concerned.
                    long skipped = super.skip(n);
                    count.addAndGet(skipped);
                    return skipped;
                }
            });
        }
    }
}
