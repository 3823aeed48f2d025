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

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.huaweiocr.benchmarks.measure.ProcessCpu;
import io.github.huaweiocr.benchmarks.report.ClientBoundSummary;
import io.github.huaweiocr.benchmarks.report.Results.InFlight;
import io.github.huaweiocr.benchmarks.report.Ratios;
import io.github.huaweiocr.benchmarks.report.RunReport;
import io.github.huaweiocr.benchmarks.report.Summary;
import io.github.huaweiocr.emulator.admin.EmulatorAdminClient;
import io.github.huaweiocr.emulator.cli.EmulatorMain;

/**
 * The client-bound run: the emulator in a JVM of its own pinned to CPU 1, the clients in a JVM pinned to CPU 0
 * ({@link ClientBoundMain}). On a shared CPU every microsecond a client spends is taken from the server, which
 * compresses every ratio between clients; here the server has its own core, so the client's CPU sets its rate, and
 * the client's JVM holds nothing but the client (its CPU time, threads and heap are the client's).
 */
final class ClientBoundRun {

    /** The run's name in the summary. */
    static final String NAME = "client-bound";

    private static final int EMULATOR_CPU = 1;
    private static final int CLIENT_CPU = 0;
    private static final String MAX_HEAP = "512m";
    /**
     * The emulator stands in for Huawei's service, which is not what is measured: with 1,000 calls in flight it holds
     * 1,000 bodies of 137 KB, their parsed JSON and decoded images, about 230 MB live, and in 512 MB it spent more time
     * collecting than answering (full collections of up to 0.3 s, 2.5 to 3.5 ms of CPU per call instead of about 1 ms).
     * A heap that starts at 1 GB keeps a young generation large enough for that; the serial collector (one core) then
     * runs no full collection.
     */
    private static final String EMULATOR_MAX_HEAP = "2g";
    private static final List<String> EMULATOR_OPTIONS = List.of("-Xms1g");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final List<String> clientOptions;

    /**
     * @param clientOptions JVM options of the client JVMs, e.g. {@code -XX:StartFlightRecording=filename=c.jfr} to
     *                      profile the clients
     */
    ClientBoundRun(PrintStream out, List<String> clientOptions) {
        this.out = out;
        this.clientOptions = List.copyOf(clientOptions);
    }

    RunReport run(String mode) throws IOException, InterruptedException {
        RunReport report = RunReport.start(NAME, mode);
        String projectId = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        CompletableFuture<String> ready = new CompletableFuture<>();
        Path result = Files.createTempFile("client-bound", ".json");
        try (ForkedJvm emulator = ForkedJvm.start(EMULATOR_CPU, EMULATOR_MAX_HEAP, EMULATOR_OPTIONS, EmulatorMain.class.getName(),
                List.of("--port", "0", "--engine", "synthetic", "--project-id", projectId), line -> {
                    if (line.startsWith(EmulatorMain.READY_PREFIX)) {
                        ready.complete(line.substring(EmulatorMain.READY_PREFIX.length()).trim());
                    }
                })) {
            String endpoint = ready.get(2, TimeUnit.MINUTES);
            out.println("[bench] client-bound: emulator at " + endpoint + " on CPU " + EMULATOR_CPU + ", clients on CPU "
                    + CLIENT_CPU);
            EmulatorAdminClient admin = new EmulatorAdminClient(endpoint);
            long emulatorCpuBefore = ProcessCpu.nanos(emulator.pid());
            long requestsBefore = admin.totalRequests();
            ClientBoundMain.ThroughputFigures throughput = client(endpoint, projectId, mode, result, List.of("throughput"),
                    ClientBoundMain.ThroughputFigures.class);
            Double emulatorMicros = emulatorCpuPerRequest(emulatorCpuBefore, ProcessCpu.nanos(emulator.pid()),
                    admin.totalRequests() - requestsBefore);
            List<InFlight> inFlight = new ArrayList<>();
            for (int calls : List.of(ClientBoundMain.CONCURRENCY, ClientBoundMain.LARGE_IN_FLIGHT)) {
                for (String peer : ClientBoundMain.BURST_PEERS) {
                    // the SDK without Camel and the raw limit are only wanted for the large burst
                    boolean routePeer = peer.equals(Summary.COMPONENT) || peer.equals(Summary.SDK_PROCESSOR);
                    if (routePeer || calls == ClientBoundMain.LARGE_IN_FLIGHT) {
                        inFlight.add(client(endpoint, projectId, mode, result,
                                List.of("burst", peer, String.valueOf(calls)), InFlight.class));
                    }
                }
            }
            report.detail("warmupCalls", throughput.warmupCalls());
            new ClientBoundSummary(throughput.throughput(), inFlight, Runtime.getRuntime().availableProcessors())
                    .fill(report);
            report.entry("emulatorCpuMicrosPerCall", emulatorMicros == null ? null : Ratios.round(emulatorMicros))
                    .markdown(emulatorMicros == null ? "" : String.format(Locale.ROOT, "%nThe emulator's JVM spent %.0f µs"
                            + " of CPU per request over the throughput part (warm-ups and the 1,000-in-flight iterations"
                            + " included, its JIT and garbage collection too): its core answers at most about %.0f calls/s, whoever the client is.%n",
                            emulatorMicros, 1e6 / emulatorMicros));
            return report.finish();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the emulator of the client-bound run did not start", e);
        } finally {
            Files.deleteIfExists(result);
        }
    }

    /** The emulator's CPU time per request it received between two readings, or null when not known. */
    private static Double emulatorCpuPerRequest(long cpuBefore, long cpuAfter, long requests) {
        return cpuBefore < 0 || cpuAfter < cpuBefore || requests <= 0 ? null : (cpuAfter - cpuBefore) / 1000.0 / requests;
    }

    /** Runs one client JVM on the client's core and reads the figures it wrote. */
    private <T> T client(String endpoint, String projectId, String mode, Path result, List<String> task, Class<T> type)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(endpoint, projectId, mode, result.toString()));
        args.addAll(task);
        try (ForkedJvm client = ForkedJvm.start(CLIENT_CPU, MAX_HEAP, clientOptions, ClientBoundMain.class.getName(), args,
                out::println)) {
            int exit = client.await(30, TimeUnit.MINUTES);
            if (exit != 0) {
                throw new IllegalStateException("the client JVM of the client-bound run (" + task
                        + ") failed with exit code " + exit);
            }
        }
        return JSON.readValue(result.toFile(), type);
    }
}
