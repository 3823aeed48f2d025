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
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;

import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.error.ObsAccessException;
import io.github.huaweiocr.camel.operation.Limits;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MinioAsyncClient;
import io.minio.credentials.StaticProvider;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Turns {@link ObjectReference}s into something an OCR call can read: a presigned GET URL (the OCR service fetches
 * the object itself) or the object's content, read as a stream. One instance per component, built at start and
 * closed at stop: it owns a single MinIO client and its connection pool.
 *
 * <p>Presigning is local computation (the region is always passed to MinIO, so it never looks it up). Downloads and
 * bucket-location lookups use MinIO's asynchronous calls; reading a downloaded body blocks, so it runs on
 * {@link Schedulers#boundedElastic()} and never on a Netty event loop. The blocking {@link #bucketRegion} is for
 * callers outside an event loop.
 */
public final class ObsObjectResolver implements AutoCloseable {

    /** Huawei's answer when the OCR service cannot read an OBS object, e.g. from another region. */
    public static final String CROSS_REGION_ERROR_CODE = "ModelArts.4704";

    /** How many first bytes of a large object {@link #downloadAsync} reads to tell whether to read the rest. */
    public static final int HEAD_LENGTH = 8;

    private static final String DEFAULT_SIGNING_REGION = "us-east-1";

    private final ObsSettings settings;
    private final ObsS3Client client;
    private final Map<String, String> bucketRegions = new ConcurrentHashMap<>();

    /** Builds the MinIO client for the settings' endpoint and credentials. */
    public ObsObjectResolver(ObsSettings settings) {
        this.settings = settings;
        String endpoint = settings.effectiveEndpoint();
        MinioAsyncClient built = MinioAsyncClient.builder()
                .endpoint(endpoint)
                .credentialsProvider(new StaticProvider(settings.accessKey(), settings.secretKey(),
                        settings.securityToken()))
                .build();
        this.client = new ObsS3Client(built);
        boolean virtual = settings.virtualHostStyle() != null
                ? settings.virtualHostStyle() : usesVirtualHostStyle(endpoint);
        if (virtual) {
            client.enableVirtualStyleEndpoint();
        } else {
            client.disableVirtualStyleEndpoint();
        }
    }

    /**
     * Huawei OBS hosts ({@code obs.<region>.<domain>}) are addressed as {@code bucket.obs...}; IP literals, loopback
     * names and every other host as {@code host/bucket}, which is what private S3 stores serve without wildcard DNS.
     */
    static boolean usesVirtualHostStyle(String endpoint) {
        String host = URI.create(endpoint).getHost();
        if (host == null || host.equalsIgnoreCase("localhost") || host.startsWith("[")
                || host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return false;
        }
        return host.toLowerCase(Locale.ROOT).startsWith("obs.");
    }

    /**
     * A presigned GET URL for the object, valid for {@code expiry}. Local computation, no request to the store. The
     * URL is signed for the bucket's region when it is already known, else for the configured region.
     */
    public String presignedGetUrl(ObjectReference ref, Duration expiry) {
        long seconds = expiry.toSeconds();
        if (seconds < 1 || seconds > Limits.MAX_URL_EXPIRY.toSeconds()) {
            throw new IllegalArgumentException("Presigned URL expiry must be 1 second to 7 days, got " + expiry);
        }
        try {
            return client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(Method.GET)
                    .bucket(ref.bucket())
                    .object(ref.key())
                    .versionId(ref.versionId())
                    .region(signingRegion(ref.bucket()))
                    .expiry((int) seconds)
                    .build());
        } catch (Exception e) {
            throw failure("presign", ref, e);
        }
    }

    /**
     * The URL to send as the API's {@code url} in {@code obsInputMode=URL}: checks that the bucket is in the OCR region
     * (one cached GetBucketLocation per bucket) unless cross-region URLs are allowed or no region is configured, then
     * presigns for the configured expiry.
     *
     * @return a Mono failing with {@link HuaweiOcrInputException} for a bucket in another region
     */
    public Mono<String> presignForOcr(ObjectReference ref) {
        Mono<Void> check = settings.region() == null || settings.allowCrossRegion()
                ? Mono.empty()
                : bucketRegionAsync(ref.bucket()).flatMap(bucketRegion -> checkRegion(ref, bucketRegion));
        return check.then(Mono.fromCallable(() -> presignedGetUrl(ref, settings.urlExpiry())));
    }

    private Mono<Void> checkRegion(ObjectReference ref, String bucketRegion) {
        if (bucketRegion.equals(settings.region())) {
            return Mono.empty();
        }
        return Mono.error(new HuaweiOcrInputException("Bucket '" + ref.bucket() + "' is in region " + bucketRegion
                + " but the OCR endpoint is in " + settings.region() + ": Huawei OCR cannot read OBS objects from "
                + "another region (it answers " + CROSS_REGION_ERROR_CODE + "). Use obsInputMode=DOWNLOAD to send the "
                + "bytes instead, or allowCrossRegionObs=true if the object is public-read. Nothing was sent."));
    }

    /** The bucket's region, looked up once per bucket with GetBucketLocation and cached. */
    public Mono<String> bucketRegionAsync(String bucket) {
        String cached = bucketRegions.get(bucket);
        if (cached != null) {
            return Mono.just(cached);
        }
        return Mono.fromFuture(() -> call(() -> client.bucketLocation(bucket, signingRegionForEndpoint())))
                .onErrorMap(e -> failure("read the location of", bucket, null, e))
                .doOnNext(region -> bucketRegions.put(bucket, region));
    }

    /** Blocking form of {@link #bucketRegionAsync(String)}; not for event-loop threads. */
    public String bucketRegion(String bucket) {
        return bucketRegionAsync(bucket).block();
    }

    /**
     * Downloads the object and gives its content to {@code reader}, once the object is known to be worth reading: a
     * first GET of its first {@link #HEAD_LENGTH} bytes tells its size (and answers for a missing object or wrong
     * credentials) before any more of it is transferred. An object larger than the settings' {@code maxDownloadBytes}
     * (by default the 10 MB base64 limit of the OCR APIs) is read only when {@code readInPages} accepts its first
     * bytes, the document being recognised page by page rather than sent whole, and then only up to
     * {@link Limits#MAX_SPOOLED_PDF_LENGTH}; any other is refused with {@link HuaweiOcrInputException}, nothing more of
     * it read.
     *
     * <p>{@code reader} runs on {@link Schedulers#boundedElastic()}, never on an event loop, and the content is closed
     * when it returns or fails. Cancelling the Mono makes a read under way fail, so that a reader copying the content
     * stops; it must not keep the stream.
     *
     * @param readInPages told the object's first bytes (fewer for a shorter object) when it is larger than
     *                    {@code maxDownloadBytes}: whether it is read nonetheless
     */
    public <T> Mono<T> downloadAsync(ObjectReference ref, Predicate<byte[]> readInPages,
                                     Function<InputStream, T> reader) {
        return headAsync(ref)
                .flatMap(head -> admit(ref, head, readInPages))
                .then(Mono.defer(() -> contentAsync(ref, reader)));
    }

    /** The object's first bytes and its size (-1 when the store does not say), from one ranged GET. */
    private Mono<Head> headAsync(ObjectReference ref) {
        return Mono.fromFuture(() -> call(() -> client.getObject(get(ref).offset(0L).length((long) HEAD_LENGTH)
                        .build())))
                .publishOn(Schedulers.boundedElastic())
                .map(response -> {
                    try (InputStream in = response) {
                        byte[] head = in.readNBytes(HEAD_LENGTH);
                        return new Head(head, size(response.headers().get("Content-Range"),
                                response.headers().get("Content-Length")));
                    } catch (IOException e) {
                        throw failure("download", ref, e);
                    }
                })
                // A range of an empty object is not satisfiable: there is no byte 0 to send.
                .onErrorResume(e -> unwrap(e) instanceof ErrorResponseException s3
                        && "InvalidRange".equals(s3.errorResponse().code()), e -> Mono.just(new Head(new byte[0], 0)))
                .onErrorMap(e -> failure("download", ref, e));
    }

    /** The object's whole size from a ranged answer ({@code bytes 0-7/12345}), or a whole answer's length. */
    static long size(String contentRange, String contentLength) {
        try {
            if (contentRange != null) {
                String total = contentRange.substring(contentRange.lastIndexOf('/') + 1).trim();
                return total.equals("*") ? -1 : Long.parseLong(total);
            }
            return contentLength != null ? Long.parseLong(contentLength.trim()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Mono<Void> admit(ObjectReference ref, Head head, Predicate<byte[]> readInPages) {
        long max = settings.maxDownloadBytes();
        if (head.size() <= max) {
            // An unknown size is admitted too: the reader bounds what it reads.
            return Mono.empty();
        }
        if (!readInPages.test(head.bytes())) {
            return Mono.error(tooLarge(ref, head.size(), max));
        }
        if (head.size() > Limits.MAX_SPOOLED_PDF_LENGTH) {
            return Mono.error(new HuaweiOcrInputException("Object " + ref + " is " + head.size() + " bytes, more than"
                    + " the " + Limits.MAX_SPOOLED_PDF_LENGTH + " bytes a download copies to a temporary file to read"
                    + " page by page. Split the document. Nothing was sent."));
        }
        return Mono.empty();
    }

    /** The whole object given to {@code reader} on a worker thread. */
    private <T> Mono<T> contentAsync(ObjectReference ref, Function<InputStream, T> reader) {
        return Mono.fromFuture(() -> call(() -> client.getObject(get(ref).build())))
                .onErrorMap(e -> failure("download", ref, e))
                .flatMap(response -> {
                    ObjectContent content = new ObjectContent(response);
                    return Mono.fromCallable(() -> content.readWith(reader))
                            .subscribeOn(Schedulers.boundedElastic())
                            .doOnCancel(content::cancel)
                            .onErrorMap(e -> failure("download", ref,
                                    content.transferFailure() != null ? content.transferFailure() : e));
                });
    }

    private GetObjectArgs.Builder get(ObjectReference ref) {
        return GetObjectArgs.builder()
                .bucket(ref.bucket())
                .object(ref.key())
                .versionId(ref.versionId())
                .region(signingRegion(ref.bucket()));
    }

    private static HuaweiOcrInputException tooLarge(ObjectReference ref, long size, long max) {
        return new HuaweiOcrInputException("Object " + ref + " is " + size + " bytes, more than the " + max
                + " bytes allowed for a download: the OCR APIs take at most 10 MB of base64 (about 7.5 MB of file; "
                + "Huawei advises at most 7 MB), and only a PDF is read page by page when it is larger. Compress or "
                + "split the document, or use obsInputMode=URL. Nothing was sent.");
    }

    /** An object's first bytes and its whole size (-1: unknown). */
    private record Head(byte[] bytes, long size) {
    }

    private String signingRegion(String bucket) {
        String known = bucketRegions.get(bucket);
        return known != null ? known : signingRegionForEndpoint();
    }

    private String signingRegionForEndpoint() {
        return settings.region() != null ? settings.region() : DEFAULT_SIGNING_REGION;
    }

    private HuaweiOcrException failure(String action, ObjectReference ref, Throwable e) {
        return failure(action, ref.bucket(), ref, e);
    }

    private HuaweiOcrException failure(String action, String bucket, ObjectReference ref, Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof HuaweiOcrException known) {
            return known;
        }
        String what = ref != null ? "object " + ref : "bucket '" + bucket + "'";
        if (e instanceof ErrorResponseException s3) {
            String code = s3.errorResponse().code();
            String message = "Cannot " + action + " " + what + " at " + settings.effectiveEndpoint() + ": " + code
                    + " (" + s3.errorResponse().message() + ")" + hint(code);
            if ("NoSuchKey".equals(code) || "NoSuchBucket".equals(code) || "NoSuchVersion".equals(code)) {
                return new HuaweiOcrInputException(message, e);
            }
            return new ObsAccessException(message, ref == null ? null : ref.toString(), code, s3.response().code() >= 500, e);
        }
        boolean transport = e instanceof IOException;
        return new ObsAccessException("Cannot " + action + " " + what + " at " + settings.effectiveEndpoint() + ": "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                ref == null ? null : ref.toString(), null, transport, e);
    }

    private static String hint(String code) {
        return switch (code) {
            case "AccessDenied" -> ". Check obsAccessKey/obsSecretKey and that the user may read the bucket "
                    + "(obs:object:GetObject, obs:bucket:GetBucketLocation)";
            case "SignatureDoesNotMatch", "InvalidAccessKeyId" ->
                    ". Check obsAccessKey/obsSecretKey and obsEndpoint";
            case "NoSuchBucket", "NoSuchKey", "NoSuchVersion" -> ". Check the object reference";
            default -> "";
        };
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** MinIO's async methods declare checked exceptions before returning their future. */
    private interface FutureCall<T> {
        CompletableFuture<T> get() throws Exception;
    }

    private static <T> CompletableFuture<T> call(FutureCall<T> call) {
        try {
            return call.get();
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() throws Exception {
        client.close();
    }
}
