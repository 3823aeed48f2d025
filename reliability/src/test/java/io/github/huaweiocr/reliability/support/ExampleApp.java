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
package io.github.huaweiocr.reliability.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An example's Spring Boot jar run in its own JVM, pointed at an emulator and a broker, bucket or database outside it,
 * so that it can be killed without taking them down. Output goes to a log file (scanned for secrets afterwards).
 */
public final class ExampleApp {

    /** The lines of a stopped replica's log an assertion message shows. */
    private static final int LOG_TAIL_LINES = 40;

    private final Path jar;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private final Path log;
    private final List<String> jvmOptions;
    private Process process;

    /**
     * JVM options for one of several replicas sharing a small machine: a small heap, the client compiler only and the
     * serial collector, so that three JVMs starting at once spend their CPU on starting, not on C2 and GC threads.
     */
    public static final List<String> REPLICA_JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");

    /**
     * @param arguments   Spring Boot arguments ({@code --name=value})
     * @param environment variables for the JVM, where credentials go (never on the command line)
     */
    public ExampleApp(Path jar, List<String> arguments, Map<String, String> environment, Path log) {
        this(jar, arguments, environment, log, List.of("-Xmx384m"));
    }

    /** @param jvmOptions the JVM's options, e.g. {@link #REPLICA_JVM_OPTIONS} */
    public ExampleApp(Path jar, List<String> arguments, Map<String, String> environment, Path log,
                      List<String> jvmOptions) {
        this.jar = jar;
        this.arguments = List.copyOf(arguments);
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The example's executable jar, which the reactor packages before this module ({@code mvn verify}); fails rather
     * than skips when it is missing.
     *
     * @param property the system property the build sets to the jar's path
     */
    public static Path jar(String property, String example) {
        String path = System.getProperty(property, "");
        assertThat(path.endsWith(".jar") && Files.isRegularFile(Path.of(path)))
                .as("the %s example jar, built by 'package' in the reactor (mvn verify); %s is '%s'", example,
                        property, path).isTrue();
        return Path.of(path);
    }

    public void start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no graceful stop of routes, consumers or the JMS connection. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then SIGKILL if it has not stopped within a minute. */
    public void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Stops every replica, then keeps each one's log as {@code target/reliability/<name>-replica-<n>.log}: the logs
     * outlive the test's temporary folder, for the figures and for a failure's post-mortem.
     */
    public static void stopAndKeepLogs(List<ExampleApp> replicas, String name) throws IOException,
            InterruptedException {
        for (ExampleApp replica : replicas) {
            replica.stop();
        }
        for (int r = 0; r < replicas.size(); r++) {
            if (Files.exists(replicas.get(r).log)) {
                RunReport.keep(replicas.get(r).log, name + "-replica-" + r + ".log");
            }
        }
    }

    public String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** What an assertion over replicas prints: whether it runs, and how a replica that stopped ended its log. */
    @Override
    public String toString() {
        if (process == null) {
            return log.getFileName() + " (not started)";
        }
        if (process.isAlive()) {
            return log.getFileName() + " (running)";
        }
        String tail;
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            tail = String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            tail = "(its log cannot be read: " + e + ")";
        }
        return log.getFileName() + " (exited with code " + process.exitValue() + "; its log ends with:\n" + tail + ")";
    }
}
