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
package io.github.huaweiocr.emulator.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Supplier;

import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.auth.AccessKeyLockout;
import io.github.huaweiocr.emulator.auth.Authenticator;
import io.github.huaweiocr.emulator.catalog.OperationCatalog;
import io.github.huaweiocr.emulator.faults.FaultInjector;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.iam.Account;
import io.github.huaweiocr.emulator.iam.TokenStore;
import io.github.huaweiocr.emulator.quota.ConcurrencyLimit;
import io.github.huaweiocr.emulator.quota.RequestQuota;
import io.github.huaweiocr.emulator.recognition.RecognitionEngine;
import io.github.huaweiocr.emulator.url.UrlFetcher;

/**
 * The state of one running emulator, shared by the HTTP handlers: account and tokens, authentication, quotas,
 * faults, statistics, the URL reader and the recognition engine.
 */
public final class EmulatorServices implements AutoCloseable {

    final EmulatorConfig config;
    final Clock clock;
    final OperationCatalog catalog;
    final Account account;
    final TokenStore tokens;
    final AccessKeyLockout lockout;
    final Authenticator authenticator;
    final RequestQuota quota;
    final ConcurrencyLimit concurrency;
    final FaultInjector faults;
    final RequestStats stats;
    final UrlFetcher urls;
    final RecognitionEngine engine;
    final Supplier<String> baseUrl;

    public EmulatorServices(EmulatorConfig config, Clock clock, Supplier<String> baseUrl) {
        this.config = config;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.catalog = OperationCatalog.standard();
        this.account = new Account(config);
        this.tokens = new TokenStore(clock, config.tokenLifetime());
        this.lockout = new AccessKeyLockout(clock, config.lockoutThreshold(), config.lockoutDuration());
        this.authenticator = new Authenticator(config, clock, account, tokens, lockout);
        this.quota = new RequestQuota(clock, config.quotaPerSecond(), config.quotaPerMinute());
        this.concurrency = new ConcurrencyLimit(config.maxConcurrent());
        this.faults = new FaultInjector(config.seed() != null ? config.seed() : new SecureRandom().nextLong());
        config.faults().forEach(faults::add);
        this.stats = new RequestStats();
        this.urls = new UrlFetcher(config, clock);
        this.engine = RecognitionEngine.create(config.engine());
    }

    public Account account() {
        return account;
    }

    public TokenStore tokens() {
        return tokens;
    }

    public RequestStats stats() {
        return stats;
    }

    public FaultInjector faults() {
        return faults;
    }

    public RequestQuota quota() {
        return quota;
    }

    public ConcurrencyLimit concurrency() {
        return concurrency;
    }

    public RecognitionEngine engine() {
        return engine;
    }

    /**
     * Back to the configured state: statistics cleared, faults and quota as configured, lock-outs lifted. Issued
     * tokens stay valid (unless expired) and registered fixtures stay registered.
     */
    public void reset() {
        stats.reset();
        faults.clear();
        config.faults().forEach(faults::add);
        quota.set(config.quotaPerSecond(), config.quotaPerMinute());
        concurrency.setMax(config.maxConcurrent());
        lockout.reset();
    }

    /** Adds a fault at run time. */
    public void inject(FaultSpec fault) {
        faults.add(fault);
    }

    @Override
    public void close() {
        try {
            urls.close();
        } finally {
            engine.close();
        }
    }
}
