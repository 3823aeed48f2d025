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
package io.github.huaweiocr.emulator.junit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests that need the database replicas share, started from the machine's PostgreSQL
 * binaries ({@code PG_BIN}, else the newest {@code /usr/lib/postgresql/<version>/bin}; Debian's {@code postgresql}
 * package) in a temporary directory, on a free loopback port, trusting local connections as user {@code postgres}.
 * When the tests run as root (PostgreSQL refuses to) the server runs as the {@code postgres} system user.
 *
 * <p>{@link #stopServer()} and {@link #startServer()} stop and restart it on the same port and data, so a test can
 * take the database away and bring it back. {@link #close()} stops it and deletes its files.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;
    private Process server;

    private LocalPostgres(Path bin, Path data, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Creates a cluster and starts it. */
    public static LocalPostgres start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("huaweiocr-pg");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "-R", "postgres", dir.toString()), dir.resolve("chown.log"));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LocalPostgres pg = new LocalPostgres(bin, dir.resolve("data"), port, root);
        try {
            pg.initdb(dir);
            pg.startServer();
            return pg;
        } catch (IOException | InterruptedException | RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/postgres}; user {@code postgres}, no password. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    /** Starts the server (again) on the same port and data. */
    public synchronized void startServer() throws IOException, InterruptedException {
        if (server != null && server.isAlive()) {
            return;
        }
        server = new ProcessBuilder(asUser(List.of(bin.resolve("postgres").toString(), "-D", data.toString(),
                "-p", String.valueOf(port), "-c", "listen_addresses=127.0.0.1", "-k", data.getParent().toString(),
                "-c", "fsync=off", "-c", "max_connections=60")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.getParent().resolve("server.log").toFile()))
                .start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            Process ready = new ProcessBuilder(bin.resolve("pg_isready").toString(), "-h", "127.0.0.1",
                    "-p", String.valueOf(port), "-q").start();
            if (ready.waitFor() == 0) {
                return;
            }
            if (!server.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("PostgreSQL did not start; see " + data.getParent().resolve("server.log"));
            }
            Thread.sleep(100);
        }
    }

    /** Stops the server at once (fast shutdown: open connections are closed), keeping its data. */
    public synchronized void stopServer() throws InterruptedException, IOException {
        if (server == null || !server.isAlive()) {
            return;
        }
        run(asUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "stop", "-m", "fast", "-w")),
                data.getParent().resolve("pg_ctl.log"));
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stopServer();
        } finally {
            try (Stream<Path> files = Files.walk(data.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void initdb(Path dir) throws IOException, InterruptedException {
        run(asUser(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--no-sync")), dir.resolve("initdb.log"));
    }

    private List<String> asUser(List<String> command) {
        if (!asPostgresUser) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
    }

    private static Path binaries() throws IOException {
        String env = System.getenv("PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Path.of(env);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())))
                        .orElseThrow(() -> noBinaries());
            }
        }
        throw noBinaries();
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static IOException noBinaries() {
        return new IOException("No PostgreSQL server binaries: install Debian's postgresql package"
                + " (apt-get install -y postgresql) or set PG_BIN to a directory holding initdb and postgres");
    }

    @Override
    public String toString() {
        return "LocalPostgres[" + jdbcUrl() + "]";
    }
}
