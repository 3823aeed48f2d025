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
package io.github.huaweiocr.emulator.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.TemporaryCredentials;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar camel-huaweiocr-emulator.jar [options]}: prints the settings, then exactly one line
 * {@code Huawei OCR emulator listening on http://HOST:PORT} when it accepts calls, and runs until Ctrl-C.
 */
@Command(name = "camel-huaweiocr-emulator", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Local emulator of the Huawei Cloud OCR and IAM APIs.")
public final class EmulatorMain implements Callable<Integer> {

    /** The line tools and scripts wait for; followed by the base URL. */
    public static final String READY_PREFIX = "Huawei OCR emulator listening on ";

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = EmulatorConfig.DEFAULT_HOST;

    @Option(names = "--port", description = "Port to bind, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--region", description = "Region id served (default: ${DEFAULT-VALUE}).")
    String region = EmulatorConfig.DEFAULT_REGION;

    @Option(names = "--project-id", description = "Project id, 32 lower-case hex characters (default: random).")
    String projectId;

    @Option(names = "--access-key", description = "Access key id (default: ${DEFAULT-VALUE}).")
    String accessKey = EmulatorConfig.DEFAULT_ACCESS_KEY;

    @Option(names = "--secret-key", description = "Secret access key (default: the documented emulator key).")
    String secretKey = EmulatorConfig.DEFAULT_SECRET_KEY;

    @Option(names = "--user", description = "IAM user name (default: ${DEFAULT-VALUE}).")
    String user = EmulatorConfig.DEFAULT_USER;

    @Option(names = "--password", description = "IAM user password (default: the documented emulator password).")
    String password = EmulatorConfig.DEFAULT_PASSWORD;

    @Option(names = "--domain", description = "Account (domain) name (default: ${DEFAULT-VALUE}).")
    String domain = EmulatorConfig.DEFAULT_DOMAIN;

    @Option(names = "--quota-per-second", description = "Calls per second per operation, 0 = off (default: ${DEFAULT-VALUE}).")
    int quotaPerSecond;

    @Option(names = "--quota-per-minute", description = "Calls per minute per operation, 0 = off (default: ${DEFAULT-VALUE}).")
    int quotaPerMinute;

    @Option(names = "--max-concurrent", description = "Calls processed at once, 0 = off (default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Option(names = "--engine", description = "rapidocr or synthetic (default: ${DEFAULT-VALUE}).")
    String engine = EmulatorConfig.DEFAULT_ENGINE;

    @Option(names = "--tls", description = "Serve HTTPS with a self-signed certificate made at start.")
    boolean tls;

    @Option(names = "--allow-url-host", description = "Host that url inputs may be downloaded from, besides loopback (repeatable).")
    List<String> allowedUrlHosts = new ArrayList<>();

    @Option(names = "--obs-endpoint", description = "S3-compatible endpoint that OBS URLs are read through (default: none).")
    URI obsEndpoint;

    @Option(names = "--obs-access-key", description = "Access key for the OBS endpoint (default: anonymous).")
    String obsAccessKey;

    @Option(names = "--obs-secret-key", description = "Secret key for the OBS endpoint.")
    String obsSecretKey;

    @Option(names = "--url-timeout-ms", description = "Time limit of a url download in ms (default: ${DEFAULT-VALUE}).")
    long urlTimeoutMs = EmulatorConfig.DEFAULT_URL_TIMEOUT.toMillis();

    @Option(names = "--url-max-bytes", description = "Size cap of a url download (default: ${DEFAULT-VALUE}).")
    long urlMaxBytes = EmulatorConfig.DEFAULT_URL_MAX_BYTES;

    @Option(names = "--unsubscribed", description = "Operation (path segment) answered with ModelArts.4204 (repeatable).")
    List<String> unsubscribed = new ArrayList<>();

    @Option(names = "--temporary-credentials", paramLabel = "AK:SK:TOKEN",
            description = "Temporary credentials also accepted, used with X-Security-Token (repeatable).")
    List<String> temporaryCredentials = new ArrayList<>();

    @Option(names = "--seed", description = "Seed of the fault injector's random numbers (default: random).")
    Long seed;

    @Option(names = "--fault", description = "A fault active from the start, as the admin API's JSON, e.g. "
            + "{\"type\":\"throttle\",\"probability\":0.1} (repeatable).")
    List<String> faults = new ArrayList<>();

    private final PrintStream out;
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile HuaweiOcrEmulator running;

    public EmulatorMain() {
        this(System.out);
    }

    EmulatorMain(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EmulatorMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        EmulatorConfig config = config();
        printSettings(config);
        HuaweiOcrEmulator emulator = new HuaweiOcrEmulator(config).start();
        running = emulator;
        // load the OCR models before announcing readiness, so that the first call is not the slow one
        emulator.services().engine().warmUp();
        Thread hook = new Thread(this::shutdown, "huaweiocr-emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println(READY_PREFIX + emulator.baseUrl());
        out.flush();
        stop.await();
        return 0;
    }

    /** Stops the emulator started by {@link #call()} and lets it return. */
    public void shutdown() {
        HuaweiOcrEmulator emulator = running;
        if (emulator != null) {
            emulator.stop();
        }
        stop.countDown();
    }

    EmulatorConfig config() {
        EmulatorConfig.Builder builder = EmulatorConfig.builder().host(host).port(port).region(region)
                .projectId(projectId).accessKey(accessKey).secretKey(secretKey).user(user).password(password)
                .domain(domain).quotaPerSecond(quotaPerSecond).quotaPerMinute(quotaPerMinute).maxConcurrent(maxConcurrent).engine(engine).tls(tls)
                .obsEndpoint(obsEndpoint).obsCredentials(obsAccessKey, obsSecretKey)
                .urlTimeout(Duration.ofMillis(urlTimeoutMs)).urlMaxBytes(urlMaxBytes);
        allowedUrlHosts.forEach(builder::allowUrlHost);
        unsubscribed.forEach(builder::unsubscribe);
        if (seed != null) {
            builder.seed(seed);
        }
        for (String temporary : temporaryCredentials) {
            String[] parts = temporary.split(":", 3);
            if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "--temporary-credentials needs AK:SK:TOKEN");
            }
            builder.temporaryCredentials(new TemporaryCredentials(parts[0], parts[1], parts[2]));
        }
        for (String fault : faults) {
            try {
                builder.fault(FaultSpec.fromJson(new ObjectMapper().readTree(fault)));
            } catch (JsonProcessingException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--fault is not JSON: " + fault);
            }
        }
        return builder.build();
    }

    /** Everything a client needs to connect, except the secret key and password, which are masked. */
    private void printSettings(EmulatorConfig config) {
        out.println("Huawei OCR emulator settings:");
        out.println("  host             " + config.host());
        out.println("  port             " + (config.port() == 0 ? "0 (any free port)" : config.port()));
        out.println("  region           " + config.region());
        out.println("  project id       " + config.projectId());
        out.println("  access key       " + config.accessKey());
        out.println("  secret key       " + describeSecret(config.secretKey(), EmulatorConfig.DEFAULT_SECRET_KEY));
        out.println("  domain           " + config.domain());
        out.println("  user             " + config.user());
        out.println("  password         " + describeSecret(config.password(), EmulatorConfig.DEFAULT_PASSWORD));
        out.println("  engine           " + config.engine());
        out.println("  tls              " + config.tls());
        out.println("  quota per second " + (config.quotaPerSecond() == 0 ? "off" : config.quotaPerSecond()));
        out.println("  quota per minute " + (config.quotaPerMinute() == 0 ? "off" : config.quotaPerMinute()));
        out.println("  max concurrent   " + (config.maxConcurrent() == 0 ? "off" : config.maxConcurrent()));
        out.println("  obs endpoint     " + (config.obsEndpoint() == null ? "none" : config.obsEndpoint()));
        config.temporaryCredentials().forEach(t -> out.println("  temporary AK     " + t.accessKey()));
    }

    /** Secrets are never printed, only whether they are the defaults documented in docs/emulator.md. */
    private static String describeSecret(String value, String documentedDefault) {
        return value.equals(documentedDefault) ? "******** (the documented default)" : "******** (as given)";
    }
}
