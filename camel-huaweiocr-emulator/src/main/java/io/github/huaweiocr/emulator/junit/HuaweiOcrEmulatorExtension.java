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

import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.admin.EmulatorAdminClient;

/**
 * Starts one emulator per test class on a free loopback port (synthetic engine unless configured otherwise) and
 * resets it before each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension()
 *         .configure(b -> b.quotaPerMinute(10));
 *
 * @Test
 * void test() {
 *     String endpoint = emulator.baseUrl();
 *     emulator.admin().injectFault(FaultSpec.throttle().nextCalls(1));
 * }
 * }</pre>
 *
 * Register it on a {@code static} field: the emulator lives from before-all to after-all.
 */
public final class HuaweiOcrEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final EmulatorConfig.Builder builder = EmulatorConfig.builder().engine("synthetic");
    private HuaweiOcrEmulator emulator;
    private EmulatorAdminClient admin;

    /** Adjusts the configuration before the emulator starts (port 0 and loopback unless changed here). */
    public HuaweiOcrEmulatorExtension configure(Consumer<EmulatorConfig.Builder> customizer) {
        customizer.accept(builder);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = new HuaweiOcrEmulator(builder.build()).start();
        admin = new EmulatorAdminClient(emulator.baseUrl());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        admin.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }

    public HuaweiOcrEmulator emulator() {
        return running();
    }

    public EmulatorAdminClient admin() {
        running();
        return admin;
    }

    public String baseUrl() {
        return running().baseUrl();
    }

    public String region() {
        return running().region();
    }

    public String projectId() {
        return running().projectId();
    }

    public String accessKey() {
        return running().accessKey();
    }

    public String secretKey() {
        return running().secretKey();
    }

    public String username() {
        return running().username();
    }

    public String password() {
        return running().password();
    }

    public String domainName() {
        return running().domainName();
    }

    private HuaweiOcrEmulator running() {
        if (emulator == null) {
            throw new IllegalStateException("the emulator runs between before-all and after-all: register the "
                    + "extension on a static field");
        }
        return emulator;
    }
}
