package io.github.huaweiocr.camel.obs;

import java.io.ByteArrayInputStream;

import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/** A real S3 server (s3proxy with an in-memory blob store) on a free loopback port, for the tests of this package. */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "AKOBSTEST0000000";
    public static final String SECRET_KEY = "obs-test-secret-key-0000000000000";

    private final S3Proxy proxy;
    private final MinioClient uploader;

    public S3ProxyServer() throws Exception {
        proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(java.net.URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        uploader = MinioClient.builder().endpoint(endpoint()).credentials(ACCESS_KEY, SECRET_KEY).build();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    public void createBucket(String bucket) throws Exception {
        uploader.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
    }

    public void put(String bucket, String key, byte[] data, String contentType) throws Exception {
        uploader.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(new ByteArrayInputStream(data), data.length, -1).contentType(contentType).build());
    }

    public ObsSettings settings(String region) {
        return new ObsSettings(endpoint(), region, ACCESS_KEY, SECRET_KEY, null, ObsSettings.DEFAULT_URL_EXPIRY,
                false, ObsSettings.DEFAULT_MAX_DOWNLOAD_BYTES, null);
    }

    @Override
    public void close() throws Exception {
        uploader.close();
        proxy.stop();
    }
}
