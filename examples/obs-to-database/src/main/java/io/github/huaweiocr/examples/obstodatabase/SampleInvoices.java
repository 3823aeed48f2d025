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
package io.github.huaweiocr.examples.obstodatabase;

import java.io.InputStream;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Creates the bucket of the embedded S3 server and uploads the sample invoices that are not there yet, before Camel
 * starts (camel-minio checks the bucket when its route starts).
 */
@Component
@ConditionalOnProperty(name = "example.samples.enabled", havingValue = "true", matchIfMissing = true)
public class SampleInvoices implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(SampleInvoices.class);

    private final MinioClient client;
    private final String bucket;

    public SampleInvoices(MinioClient obsClient, ObjectStorageProperties storage) {
        this.client = obsClient;
        this.bucket = storage.getBucket();
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        }
        for (Resource sample : new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*.png")) {
            String key = "incoming/" + sample.getFilename();
            if (exists(key)) {
                continue;
            }
            try (InputStream in = sample.getInputStream()) {
                client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                        .stream(in, sample.contentLength(), -1).contentType("image/png").build());
            }
            LOG.info("Uploaded sample invoice {}/{}", bucket, key);
        }
    }

    private boolean exists(String key) throws Exception {
        try {
            client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            return true;
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                return false;
            }
            throw e;
        }
    }
}
