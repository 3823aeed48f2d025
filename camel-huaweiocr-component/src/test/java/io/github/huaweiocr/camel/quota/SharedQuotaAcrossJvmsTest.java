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
package io.github.huaweiocr.camel.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import io.github.huaweiocr.emulator.junit.LocalPostgres;

/**
 * Three replicas in three JVMs, one account quota, one emulator, one real PostgreSQL server: with the shared store
 * they stay within the quota together; without it (and without adaptive pacing, which would teach each its share
 * from the 429s: see QuotaPacingTest) each paces to the whole quota and Huawei throttles them.
 */
class SharedQuotaAcrossJvmsTest {

    private static final int NODES = 3;
    private static final int DOCUMENTS_PER_NODE = 15;
    private static final int QUOTA_PER_SECOND = 6;

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    private static LocalPostgres postgres;

    @TempDir
    Path logs;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = LocalPostgres.start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void replicasSharingTheStoreAreThrottledFarLessThanReplicasPacingAlone() throws Exception {
        emulator.admin().setQuota(QUOTA_PER_SECOND, 0);
        runNodes(false);
        long throttledAlone = emulator.admin().errors("APIG.0308");

        emulator.admin().reset();
        emulator.admin().setQuota(QUOTA_PER_SECOND, 0);
        List<String> shared = runNodes(true);
        long throttledShared = emulator.admin().errors("APIG.0308");

        assertThat(shared).hasSize(NODES).allSatisfy(r -> assertThat(r).isEqualTo(
                "RESULT ok=" + DOCUMENTS_PER_NODE + " failed=0"));
        assertThat(emulator.admin().recognitions()).isEqualTo(NODES * DOCUMENTS_PER_NODE);
        assertThat(emulator.admin().documentsRecognisedMoreThanOnce()).isZero();
        // Alone, each replica paces to the whole quota: three times too fast together. Sharing the store, only calls
        // that reach the gateway closer together than they were let through (a loaded machine, three JVMs) meet a
        // one-second window's edge.
        assertThat(throttledAlone).as("429s of replicas pacing alone").isGreaterThanOrEqualTo(15);
        assertThat(throttledShared * 4).as("429s sharing the store (%d) against alone (%d)", throttledShared,
                throttledAlone).isLessThanOrEqualTo(throttledAlone);
    }

    /** @param shared whether the replicas share the store; if not, they pace to the configured quota only */
    private List<String> runNodes(boolean shared) throws IOException, InterruptedException {
        long startAt = System.currentTimeMillis() + 8_000; // every JVM has started Camel by then
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), QuotaNode.class.getName(),
                    "endpoint=" + emulator.baseUrl(), "projectId=" + emulator.projectId(),
                    "accessKey=" + emulator.accessKey(), "secretKey=" + emulator.secretKey(), "node=" + n,
                    "documents=" + DOCUMENTS_PER_NODE, "quotaPerSecond=" + QUOTA_PER_SECOND,
                    "startAtMillis=" + startAt));
            command.add(shared ? "jdbcUrl=" + postgres.jdbcUrl() : "adaptivePacing=false");
            Path out = logs.resolve("node-" + n + ".log");
            outputs.add(out);
            processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start());
        }
        List<String> results = new ArrayList<>();
        try {
            for (int n = 0; n < NODES; n++) {
                assertThat(processes.get(n).waitFor(4, TimeUnit.MINUTES)).as("node %d finished", n).isTrue();
                String output = Files.readString(outputs.get(n));
                Matcher m = Pattern.compile("RESULT ok=\\d+ failed=\\d+").matcher(output);
                assertThat(m.find()).as("node %d output:%n%s", n, output).isTrue();
                results.add(m.group());
            }
        } finally {
            processes.forEach(p -> {
                if (p.isAlive()) {
                    p.destroyForcibly();
                }
            });
        }
        return results;
    }
}
