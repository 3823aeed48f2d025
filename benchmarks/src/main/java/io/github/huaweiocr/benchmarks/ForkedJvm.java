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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A JVM started with this JVM's class path, pinned to one CPU with {@code taskset -c}, so that a client and a server
 * on a 2-core machine each get a core of their own, or free to run on every CPU. Its output lines go to a consumer; it
 * is destroyed on close.
 */
final class ForkedJvm implements AutoCloseable {

    private final Process process;
    private final Thread pump;

    private ForkedJvm(Process process, Thread pump) {
        this.process = process;
        this.pump = pump;
    }

    /**
     * @param cpu      the CPU it may run on
     * @param maxHeap  e.g. {@code 512m}
     * @param options  further JVM options, e.g. a flight recording
     * @param output   receives each line the JVM prints (stdout and stderr)
     */
    static ForkedJvm start(int cpu, String maxHeap, List<String> options, String mainClass, List<String> args,
                           Consumer<String> output) throws IOException {
        return start(List.of(taskset(), "-c", String.valueOf(cpu)), maxHeap, options, mainClass, args, output);
    }

    /** A JVM on every CPU, as {@link #start(int, String, List, String, List, Consumer)} but not pinned. */
    static ForkedJvm startUnpinned(String maxHeap, List<String> options, String mainClass, List<String> args,
                                   Consumer<String> output) throws IOException {
        return start(List.of(), maxHeap, options, mainClass, args, output);
    }

    private static ForkedJvm start(List<String> launcher, String maxHeap, List<String> options, String mainClass,
                                   List<String> args, Consumer<String> output) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread pump = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output);
            } catch (IOException closed) {
                // the process ended
            }
        }, "forked-jvm-output");
        pump.setDaemon(true);
        pump.start();
        return new ForkedJvm(process, pump);
    }

    private static String taskset() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Path.of(dir, "taskset").toFile().canExecute()) {
                return Path.of(dir, "taskset").toString();
            }
        }
        throw new IllegalStateException("the client-bound run pins each JVM to a core with taskset (util-linux),"
                + " which is not on the PATH; install util-linux or run with -Dparts=shared-cpu");
    }

    /** The JVM's process id ({@code taskset} execs it in its own process). */
    long pid() {
        return process.pid();
    }

    /** Waits for the JVM to end; its exit code. */
    int await(long timeout, TimeUnit unit) throws InterruptedException {
        if (!process.waitFor(timeout, unit)) {
            throw new IllegalStateException("the forked JVM did not end within " + timeout + " " + unit);
        }
        pump.join(TimeUnit.SECONDS.toMillis(5));
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
