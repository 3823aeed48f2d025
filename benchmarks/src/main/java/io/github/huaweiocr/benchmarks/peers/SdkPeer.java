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
package io.github.huaweiocr.benchmarks.peers;

import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.ocr.v1.OcrAsyncClient;
import com.huaweicloud.sdk.ocr.v1.OcrClient;
import com.huaweicloud.sdk.ocr.v1.model.GeneralTextRequestBody;
import com.huaweicloud.sdk.ocr.v1.model.RecognizeGeneralTextRequest;
import com.huaweicloud.sdk.ocr.v1.model.RecognizeGeneralTextResponse;
import io.github.huaweiocr.benchmarks.BenchmarkImage;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;

/**
 * The official Huawei Cloud Java SDK, as a user would call it from a Camel processor or a service: the image encoded to
 * base64 by the caller, one request model per call. Given the best configuration the SDK allows for the concurrency:
 * a connection pool that keeps as many idle connections as there are calls in flight and, for the async client, an
 * OkHttp dispatcher that admits them all (its defaults, 5 idle connections and 5 calls per host, would cap it).
 */
public final class SdkPeer implements Peer {

    /** Which of the SDK's two clients. */
    public enum Mode {
        /** {@code OcrClient} on a fixed thread pool as large as the concurrency. */
        SYNC,
        /** {@code OcrAsyncClient}: OkHttp's enqueue, completed through the SDK's executor. */
        ASYNC
    }

    private final Target target;
    private final Mode mode;

    public SdkPeer(Target target, Mode mode) {
        this.target = target;
        this.mode = mode;
    }

    @Override
    public String name() {
        return mode == Mode.SYNC ? "sdk-sync" : "sdk-async";
    }

    @Override
    public Session open(int concurrency) {
        return mode == Mode.SYNC ? new SyncSession(concurrency) : new AsyncSession(concurrency);
    }

    @Override
    public void close() {
        // every resource belongs to a session
    }

    static BasicCredentials credentials(Target target) {
        return new BasicCredentials().withAk(target.accessKey()).withSk(target.secretKey())
                .withProjectId(target.projectId());
    }

    static HttpConfig httpConfig(ConnectionPool pool) {
        return HttpConfig.getDefaultHttpConfig().withConnectionTimeout(10).withReadTimeout(120).withConnectionPool(pool);
    }

    static RecognizeGeneralTextRequest request(byte[] image) {
        return new RecognizeGeneralTextRequest()
                .withBody(new GeneralTextRequestBody().withImage(Base64.getEncoder().encodeToString(image)));
    }

    static void requireSuccess(RecognizeGeneralTextResponse response) {
        if (response.getResult() == null) {
            throw new IllegalStateException("SDK answer without result: HTTP " + response.getHttpStatusCode());
        }
    }

    private final class SyncSession implements Session {

        private final ConnectionPool connections;
        private final OcrClient client;
        private final ExecutorService callers;

        SyncSession(int concurrency) {
            this.connections = new ConnectionPool(concurrency, 5, TimeUnit.MINUTES);
            this.client = OcrClient.newBuilder().withCredential(credentials(target))
                    .withEndpoint(target.endpoint().toString()).withHttpConfig(httpConfig(connections)).build();
            this.callers = Executors.newFixedThreadPool(concurrency, new NamedThreads("sdk-sync-caller"));
        }

        @Override
        public CompletableFuture<?> call(BenchmarkImage image) {
            return CompletableFuture.runAsync(() -> requireSuccess(client.recognizeGeneralText(request(image.bytes()))), callers);
        }

        @Override
        public void close() {
            callers.shutdownNow();
            connections.evictAll();
        }
    }

    private final class AsyncSession implements Session {

        private final ConnectionPool connections;
        private final ExecutorService okhttpThreads;
        private final OcrAsyncClient client;

        AsyncSession(int concurrency) {
            this.connections = new ConnectionPool(concurrency, 5, TimeUnit.MINUTES);
            // the same unbounded cached pool OkHttp makes by default, but named and owned so it can be shut down
            this.okhttpThreads = Executors.newCachedThreadPool(new NamedThreads("sdk-async-okhttp"));
            Dispatcher dispatcher = new Dispatcher(okhttpThreads);
            dispatcher.setMaxRequests(concurrency);
            dispatcher.setMaxRequestsPerHost(concurrency);
            this.client = OcrAsyncClient.newBuilder().withCredential(credentials(target))
                    .withEndpoint(target.endpoint().toString())
                    .withHttpConfig(httpConfig(connections).withDispatcher(dispatcher)).build();
        }

        @Override
        public CompletableFuture<?> call(BenchmarkImage image) {
            return client.recognizeGeneralTextAsync(request(image.bytes())).thenAccept(SdkPeer::requireSuccess);
        }

        @Override
        public void close() {
            okhttpThreads.shutdownNow();
            connections.evictAll();
        }
    }
}
