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
package io.github.huaweiocr.camel.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.huaweiocr.camel.auth.AuthMode;
import io.github.huaweiocr.camel.auth.Credentials;
import io.github.huaweiocr.camel.auth.CredentialsProvider;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

/** Client settings pointing at a test emulator, with short retry delays unless a test wants otherwise. */
public final class TestSettings {

    private TestSettings() {
    }

    /** AK/SK signing, test timeouts and short retry delays; no server yet. */
    public static OcrClientSettings.Builder defaults() {
        return OcrClientSettings.builder()
                .authMode(AuthMode.AKSK)
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(20))
                .maxConnections(100)
                .maxConcurrentRequests(50)
                .maxRetries(3)
                .retryInitialDelay(Duration.ofMillis(10))
                .retryMaxDelay(Duration.ofMillis(50));
    }

    /** {@link #defaults()} pointing at {@code emulator}, signing with its access key. */
    public static OcrClientSettings.Builder aksk(HuaweiOcrEmulatorExtension emulator) {
        return defaults()
                .endpoint(URI.create(emulator.baseUrl()))
                .region(emulator.region())
                .projectId(emulator.projectId())
                .iamEndpoint(URI.create(emulator.baseUrl()))
                .credentials(CredentialsProvider.of(new Credentials(emulator.accessKey(), emulator.secretKey())));
    }

    static OcrClientSettings.Builder token(HuaweiOcrEmulatorExtension emulator) {
        return aksk(emulator)
                .authMode(AuthMode.TOKEN)
                .credentials(null)
                .username(emulator.username())
                .password(emulator.password())
                .domainName(emulator.domainName());
    }

    private static final byte[] PNG = TestImages.readableLine();

    /** A general-text call with a small PNG showing a line of text. */
    static OcrCall generalText() {
        return new OcrCall(HuaweiOcrOperation.GENERAL_TEXT,
                new DocumentSource.Bytes(PNG, 0, PNG.length, ImageFormat.PNG, 320, 120), Map.of(), null);
    }

    /**
     * {@code calls} general-text calls through {@code client}, all started at once; each outcome is the response or
     * the exception it ended with.
     */
    static List<Object> recognizeAll(OcrClient client, int calls, Duration timeout) {
        return Flux.range(0, calls)
                .flatMap(i -> client.recognize(generalText()).<Object>map(r -> r)
                        .onErrorResume(e -> Mono.just(e)), calls)
                .collectList().block(timeout);
    }
}
