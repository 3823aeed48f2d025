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
package io.github.huaweiocr.benchmarks;

import java.net.URI;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.huaweiocr.benchmarks.peers.Target;
import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.faults.FaultSpec;

/**
 * The one emulator every peer talks to, in this JVM. Its recognition is a fixed answer registered for each benchmark
 * image's SHA-256, so the server does no OCR and the clients are what is measured.
 */
public final class BenchEmulator implements AutoCloseable {

    /** A small, valid general-text answer: what every call receives. */
    private static final String ANSWER = """
            {"result":{"direction":-1,"words_block_count":1,"words_block_list":[{"words":"benchmark page",\
            "location":[[40,60],[600,60],[600,78],[40,78]],"confidence":0.9987,"char_list":[]}]}}""";

    private final HuaweiOcrEmulator emulator;

    public BenchEmulator() {
        // the synthetic engine never loads the OCR model; fixtures answer before it is asked
        this.emulator = new HuaweiOcrEmulator(EmulatorConfig.builder().engine("synthetic").build()).start();
    }

    public Target target() {
        return new Target(URI.create(emulator.baseUrl()), emulator.region(), emulator.projectId(), emulator.accessKey(),
                emulator.secretKey());
    }

    /** Makes the emulator answer {@link #answer()} for this image. */
    public void registerFixture(BenchmarkImage image) {
        emulator.services().engine().fixtures().put(image.sha256(), "general-text", answer());
    }

    /** The small, valid general-text answer every benchmark call receives. */
    public static JsonNode answer() {
        try {
            return new ObjectMapper().readTree(ANSWER);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the fixed answer is valid JSON", e);
        }
    }

    /** Every call waits this long before it is answered, until {@link #clearFaults()}. */
    public void addLatency(Duration latency) {
        emulator.services().inject(FaultSpec.latency(latency));
    }

    public void clearFaults() {
        emulator.services().faults().clear();
    }

    /** Calls per minute per account and operation; 0 turns the quota off. Starts a new window. */
    public void setQuota(int perMinute) {
        emulator.services().quota().set(0, perMinute);
    }

    /** Requests received so far (the admin API's totalRequests). */
    public long totalRequests() {
        return emulator.services().stats().toJson().path("totalRequests").asLong();
    }

    /**
     * Requests to general-text whose body the emulator has read so far (it reads the whole body before applying any
     * emulated latency, and holds it until it answers).
     */
    public long generalTextBodiesReceived() {
        return emulator.services().stats().toJson().path("byOperation").path("general-text").asLong();
    }

    /** Answers with this HTTP status so far. */
    public long responses(int status) {
        return emulator.services().stats().toJson().path("byStatus").path(String.valueOf(status)).asLong();
    }

    /**
     * Whether a thread (or a census group) is the emulator's: its server runs on reactor-netty's global event loops,
     * decodes documents on Reactor's bounded-elastic scheduler and delays answers on the parallel one. No client under
     * test uses these (the component has its own {@code huaweiocr-*} loops; retries, which would use the parallel
     * scheduler, only happen in the quota scenario, which counts no threads).
     */
    public static boolean isEmulatorThread(String name) {
        return name.startsWith("reactor-http-") || name.startsWith("boundedElastic-") || name.startsWith("parallel-");
    }

    @Override
    public void close() {
        emulator.close();
    }
}
