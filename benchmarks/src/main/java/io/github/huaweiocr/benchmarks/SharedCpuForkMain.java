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

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.huaweiocr.benchmarks.measure.CpuMeter;
import io.github.huaweiocr.benchmarks.peers.CamelPeer;
import io.github.huaweiocr.benchmarks.peers.Peer;
import io.github.huaweiocr.benchmarks.peers.RawPeer;
import io.github.huaweiocr.benchmarks.report.Results.Throughput;
import io.github.huaweiocr.benchmarks.report.Summary;

/**
 * One more JVM of the shared-CPU comparison with raw-signing at 64 in flight, started by {@link SharedCpuRun}: the
 * emulator, the component (configured as in that run: pool and in-flight limit sized for its largest concurrency) and
 * raw-signing in this JVM on every core, warmed up and measured exactly as the shared-CPU run measures them (rounds
 * taking turns). Which code the JIT compiles, and how well, differs from one JVM to the next by a few per cent, more
 * than this ratio's margin; the floor takes the median over several JVMs, as JMH does with its forks. Writes the two
 * peers' figures as JSON to the file named by its only argument.
 */
public final class SharedCpuForkMain {

    private SharedCpuForkMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        BenchmarkImage image = BenchmarkImage.small();
        List<Throughput> throughput;
        try (BenchEmulator emulator = new BenchEmulator();
             CamelPeer camel = new CamelPeer(emulator.target(), settings.maxConcurrency(), "");
             RawPeer rawSigning = RawPeer.signing(emulator.target())) {
            emulator.registerFixture(image);
            List<Peer> peers = List.of(camel, rawSigning);
            ThroughputRun run = new ThroughputRun(settings, new CpuMeter(name -> !BenchEmulator.isEmulatorThread(name)));
            for (Peer peer : peers) {
                run.warmUp(peer, image, Summary.FLOOR_CONCURRENCY);
            }
            throughput = run.run(peers, image, Summary.FLOOR_CONCURRENCY).throughput();
        }
        for (Throughput t : throughput) {
            System.out.printf(Locale.ROOT, "[bench] shared-cpu fork %-11s c=%d %8.0f calls/s %s%n", t.peer(),
                    t.concurrency(), t.median(), t.iterations());
        }
        new ObjectMapper().writeValue(Path.of(args[0]).toFile(), throughput);
    }
}
