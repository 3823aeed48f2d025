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
package io.github.huaweiocr.emulator;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.huaweiocr.emulator.faults.FaultSpec;

/**
 * Settings of a {@link HuaweiOcrEmulator}. Immutable; build one with {@link #builder()}. Every default is documented in
 * {@code docs/emulator.md} and printed by the standalone launcher.
 */
public final class EmulatorConfig {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_REGION = "cn-north-4";
    public static final String DEFAULT_ACCESS_KEY = "EMULATORACCESSKEY0001";
    public static final String DEFAULT_SECRET_KEY = "EmulatorSecretKey0000000000000000000000001";
    public static final String DEFAULT_DOMAIN = "emulator-account";
    public static final String DEFAULT_USER = "emulator-user";
    public static final String DEFAULT_PASSWORD = "Emulator-Password-1";
    public static final String DEFAULT_ENGINE = "rapidocr";
    public static final Duration DEFAULT_URL_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_URL_MAX_BYTES = 10L * 1024 * 1024;

    private final String host;
    private final int port;
    private final String region;
    private final String projectId;
    private final String accessKey;
    private final String secretKey;
    private final String user;
    private final String password;
    private final String domain;
    private final int quotaPerSecond;
    private final int quotaPerMinute;
    private final int maxConcurrent;
    private final String engine;
    private final boolean tls;
    private final Set<String> allowedUrlHosts;
    private final URI obsEndpoint;
    private final String obsAccessKey;
    private final String obsSecretKey;
    private final Duration urlTimeout;
    private final long urlMaxBytes;
    private final Set<String> unsubscribed;
    private final List<TemporaryCredentials> temporaryCredentials;
    private final List<FaultSpec> faults;
    private final Long seed;
    private final Duration tokenLifetime;
    private final int lockoutThreshold;
    private final Duration lockoutDuration;
    private final Duration clockSkew;

    private EmulatorConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.region = b.region;
        this.projectId = b.projectId != null ? b.projectId : randomProjectId();
        this.accessKey = b.accessKey;
        this.secretKey = b.secretKey;
        this.user = b.user;
        this.password = b.password;
        this.domain = b.domain;
        this.quotaPerSecond = b.quotaPerSecond;
        this.quotaPerMinute = b.quotaPerMinute;
        this.maxConcurrent = b.maxConcurrent;
        this.engine = b.engine;
        this.tls = b.tls;
        this.allowedUrlHosts = Set.copyOf(b.allowedUrlHosts);
        this.obsEndpoint = b.obsEndpoint;
        this.obsAccessKey = b.obsAccessKey;
        this.obsSecretKey = b.obsSecretKey;
        this.urlTimeout = b.urlTimeout;
        this.urlMaxBytes = b.urlMaxBytes;
        this.unsubscribed = Set.copyOf(b.unsubscribed);
        this.temporaryCredentials = List.copyOf(b.temporaryCredentials);
        this.faults = List.copyOf(b.faults);
        this.seed = b.seed;
        this.tokenLifetime = b.tokenLifetime;
        this.lockoutThreshold = b.lockoutThreshold;
        this.lockoutDuration = b.lockoutDuration;
        this.clockSkew = b.clockSkew;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String randomProjectId() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public String host() {
        return host;
    }

    /** The configured port; 0 means "any free port" (ask the running emulator for the real one). */
    public int port() {
        return port;
    }

    public String region() {
        return region;
    }

    public String projectId() {
        return projectId;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String domain() {
        return domain;
    }

    /** Requests per second per account and operation; 0 disables this window. */
    public int quotaPerSecond() {
        return quotaPerSecond;
    }

    /** Requests per minute per account and operation; 0 disables this window. */
    public int quotaPerMinute() {
        return quotaPerMinute;
    }

    /** Requests processed at the same time; 0 disables the limit. */
    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** {@code rapidocr} or {@code synthetic}. */
    public String engine() {
        return engine;
    }

    public boolean tls() {
        return tls;
    }

    /** Hosts besides loopback addresses that {@code url} inputs may be downloaded from. */
    public Set<String> allowedUrlHosts() {
        return allowedUrlHosts;
    }

    /** The S3-compatible endpoint that OBS URLs are read through; null when OBS URLs are not supported. */
    public URI obsEndpoint() {
        return obsEndpoint;
    }

    public String obsAccessKey() {
        return obsAccessKey;
    }

    public String obsSecretKey() {
        return obsSecretKey;
    }

    public Duration urlTimeout() {
        return urlTimeout;
    }

    public long urlMaxBytes() {
        return urlMaxBytes;
    }

    /** Path segments of operations the account has not subscribed to (answered with ModelArts.4204). */
    public Set<String> unsubscribed() {
        return unsubscribed;
    }

    public List<TemporaryCredentials> temporaryCredentials() {
        return temporaryCredentials;
    }

    /** Faults active from the start. */
    public List<FaultSpec> faults() {
        return faults;
    }

    /** Seed of the fault injector's random numbers; null for a random seed. */
    public Long seed() {
        return seed;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    /** Consecutive authentication failures after which an access key is locked. */
    public int lockoutThreshold() {
        return lockoutThreshold;
    }

    public Duration lockoutDuration() {
        return lockoutDuration;
    }

    /** Largest accepted difference between {@code X-Sdk-Date} and the emulator's clock. */
    public Duration clockSkew() {
        return clockSkew;
    }

    @Override
    public String toString() {
        return "EmulatorConfig[host=" + host + ", port=" + port + ", region=" + region + ", projectId=" + projectId
                + ", accessKey=" + accessKey + ", user=" + user + ", domain=" + domain + ", engine=" + engine
                + ", tls=" + tls + ", quotaPerSecond=" + quotaPerSecond + ", quotaPerMinute=" + quotaPerMinute
                + ", maxConcurrent=" + maxConcurrent + "]";
    }

    /** Builder of {@link EmulatorConfig}; every setter has the default documented on the constants above. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port;
        private String region = DEFAULT_REGION;
        private String projectId;
        private String accessKey = DEFAULT_ACCESS_KEY;
        private String secretKey = DEFAULT_SECRET_KEY;
        private String user = DEFAULT_USER;
        private String password = DEFAULT_PASSWORD;
        private String domain = DEFAULT_DOMAIN;
        private int quotaPerSecond;
        private int quotaPerMinute;
        private int maxConcurrent;
        private String engine = DEFAULT_ENGINE;
        private boolean tls;
        private final Set<String> allowedUrlHosts = new LinkedHashSet<>();
        private URI obsEndpoint;
        private String obsAccessKey;
        private String obsSecretKey;
        private Duration urlTimeout = DEFAULT_URL_TIMEOUT;
        private long urlMaxBytes = DEFAULT_URL_MAX_BYTES;
        private final Set<String> unsubscribed = new LinkedHashSet<>();
        private final List<TemporaryCredentials> temporaryCredentials = new ArrayList<>();
        private final List<FaultSpec> faults = new ArrayList<>();
        private Long seed;
        private Duration tokenLifetime = Duration.ofHours(24);
        private int lockoutThreshold = 5;
        private Duration lockoutDuration = Duration.ofMinutes(5);
        private Duration clockSkew = Duration.ofMinutes(15);

        private Builder() {
        }

        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /** 32 lower-case hex characters; generated at random when not set. */
        public Builder projectId(String projectId) {
            if (projectId != null && !projectId.matches("[0-9a-f]{32}")) {
                throw new IllegalArgumentException("projectId must be 32 lower-case hex characters");
            }
            this.projectId = projectId;
            return this;
        }

        public Builder accessKey(String accessKey) {
            this.accessKey = Objects.requireNonNull(accessKey, "accessKey");
            return this;
        }

        public Builder secretKey(String secretKey) {
            this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
            return this;
        }

        public Builder user(String user) {
            this.user = Objects.requireNonNull(user, "user");
            return this;
        }

        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        public Builder domain(String domain) {
            this.domain = Objects.requireNonNull(domain, "domain");
            return this;
        }

        /** Calls per second per account and operation (Huawei's per-second flow control window); 0 = off. */
        public Builder quotaPerSecond(int quotaPerSecond) {
            this.quotaPerSecond = requireNotNegative(quotaPerSecond, "quotaPerSecond");
            return this;
        }

        /** Calls per minute per account and operation (the window APIG.0308's message names); 0 = off. */
        public Builder quotaPerMinute(int quotaPerMinute) {
            this.quotaPerMinute = requireNotNegative(quotaPerMinute, "quotaPerMinute");
            return this;
        }

        public Builder maxConcurrent(int maxConcurrent) {
            this.maxConcurrent = requireNotNegative(maxConcurrent, "maxConcurrent");
            return this;
        }

        public Builder engine(String engine) {
            if (!"rapidocr".equals(engine) && !"synthetic".equals(engine)) {
                throw new IllegalArgumentException("engine must be rapidocr or synthetic: " + engine);
            }
            this.engine = engine;
            return this;
        }

        public Builder tls(boolean tls) {
            this.tls = tls;
            return this;
        }

        public Builder allowUrlHost(String host) {
            this.allowedUrlHosts.add(Objects.requireNonNull(host, "host"));
            return this;
        }

        public Builder obsEndpoint(URI obsEndpoint) {
            this.obsEndpoint = obsEndpoint;
            return this;
        }

        /** Credentials used to sign (AWS Signature V4) the reads of OBS objects; both null for anonymous reads. */
        public Builder obsCredentials(String accessKey, String secretKey) {
            this.obsAccessKey = accessKey;
            this.obsSecretKey = secretKey;
            return this;
        }

        public Builder urlTimeout(Duration urlTimeout) {
            this.urlTimeout = Objects.requireNonNull(urlTimeout, "urlTimeout");
            return this;
        }

        public Builder urlMaxBytes(long urlMaxBytes) {
            if (urlMaxBytes <= 0) {
                throw new IllegalArgumentException("urlMaxBytes must be positive");
            }
            this.urlMaxBytes = urlMaxBytes;
            return this;
        }

        public Builder unsubscribe(String segment) {
            this.unsubscribed.add(Objects.requireNonNull(segment, "segment"));
            return this;
        }

        public Builder temporaryCredentials(TemporaryCredentials credentials) {
            this.temporaryCredentials.add(Objects.requireNonNull(credentials, "credentials"));
            return this;
        }

        public Builder fault(FaultSpec fault) {
            this.faults.add(Objects.requireNonNull(fault, "fault"));
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder tokenLifetime(Duration tokenLifetime) {
            this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime");
            return this;
        }

        /** After {@code threshold} consecutive authentication failures the access key is refused for {@code duration}. */
        public Builder lockout(int threshold, Duration duration) {
            if (threshold < 1) {
                throw new IllegalArgumentException("lockout threshold must be at least 1");
            }
            this.lockoutThreshold = threshold;
            this.lockoutDuration = Objects.requireNonNull(duration, "duration");
            return this;
        }

        public Builder clockSkew(Duration clockSkew) {
            this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
            return this;
        }

        public EmulatorConfig build() {
            return new EmulatorConfig(this);
        }

        private static int requireNotNegative(int value, String name) {
            if (value < 0) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return value;
        }
    }
}
