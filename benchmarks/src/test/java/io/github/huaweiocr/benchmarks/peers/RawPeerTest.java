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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.benchmarks.BenchEmulator;
import io.github.huaweiocr.benchmarks.BenchmarkImage;
import io.github.huaweiocr.benchmarks.JpegFactory;

/** Both raw clients against the benchmark's emulator: their requests are accepted, signature and all. */
class RawPeerTest {

    private static BenchEmulator emulator;
    private static BenchmarkImage image;

    @BeforeAll
    static void start() {
        emulator = new BenchEmulator();
        image = new BenchmarkImage("20 KB", JpegFactory.ofSize(20 * 1024, 5));
        emulator.registerFixture(image);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void thePrebuiltBodyIsAcceptedOnEveryCall() throws Exception {
        assertCallsSucceed(RawPeer.prebuilt(emulator.target()), "raw");
    }

    @Test
    void aBodySignedPerCallIsAccepted() throws Exception {
        assertCallsSucceed(RawPeer.signing(emulator.target()), "raw-signing");
    }

    private static void assertCallsSucceed(RawPeer peer, String name) throws Exception {
        long before = emulator.responses(200);
        try (peer; Session session = peer.open(2)) {
            assertThat(peer.name()).isEqualTo(name);
            for (int i = 0; i < 3; i++) {
                // a call answered with anything but 200 fails its future
                session.call(image).get(30, TimeUnit.SECONDS);
            }
        }
        assertThat(emulator.responses(200) - before).isEqualTo(3);
    }
}
