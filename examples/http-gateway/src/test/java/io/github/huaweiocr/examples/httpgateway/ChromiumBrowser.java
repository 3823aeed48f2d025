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
package io.github.huaweiocr.examples.httpgateway;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium from the operating system's packages, driven through the chromedriver of the same packages.
 * Nothing is ever downloaded: Selenium is given the driver's path, so its Selenium Manager (which fetches drivers and
 * browsers when it has to look for them) never runs. When either program is missing the test fails, saying what to
 * install.
 */
final class ChromiumBrowser implements AutoCloseable {

    /** Where Debian's {@code chromium} and {@code chromium-driver} packages put them; overridable by property. */
    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    static final String INSTALL_HINT = "apt-get install -y chromium chromium-driver fonts-noto-cjk (.ci/run does it)";

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private ChromiumBrowser(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    static ChromiumBrowser start(int width, int height) throws IOException {
        requireExecutable(CHROMIUM, "Chromium");
        requireExecutable(CHROMEDRIVER, "chromedriver");
        Path profile = Files.createTempDirectory("gateway-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                // Flags that work in a container without a display, a GPU or a network beyond loopback.
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                        "--lang=en-US", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            throw new IllegalStateException("Chromium did not start; " + INSTALL_HINT, e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new ChromiumBrowser(profile, service, driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * The page's script errors since the last call (syntax errors, uncaught exceptions, rejected promises), as the
     * browser's console reported them. Failed resource loads are left out: an error answer of the gateway is one.
     */
    List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
    }

    /** The fonts fontconfig (which Chromium draws text with) knows for Chinese. */
    static List<String> chineseFonts() throws IOException, InterruptedException {
        Process fcList = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
        List<String> fonts;
        try (var output = fcList.inputReader()) {
            fonts = output.lines().filter(line -> !line.isBlank()).toList();
        }
        if (fcList.waitFor() != 0) {
            throw new IllegalStateException("fc-list failed: " + fonts);
        }
        return fonts;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    private static void requireExecutable(String path, String what) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(what + " is not installed at " + path + ": " + INSTALL_HINT);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        FileSystemUtils.deleteRecursively(root);
    }
}
