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
package io.github.huaweiocr.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load averages over 1, 5 and 15 minutes, as {@code uptime} prints them. Recorded before and after every
 * run: the figures of a machine that other work shares are noisier, and the load says how much.
 *
 * @param oneMinute     runnable and uninterruptible tasks, averaged over the last minute
 * @param fiveMinutes   the same over 5 minutes
 * @param fifteenMinutes the same over 15 minutes; null where only the 1-minute figure can be read
 */
public record LoadAverage(double oneMinute, Double fiveMinutes, Double fifteenMinutes) {

    private static final Path PROC_LOADAVG = Path.of("/proc/loadavg");

    /** Now: from {@code /proc/loadavg} on Linux, otherwise the JVM's 1-minute figure. */
    public static LoadAverage now() {
        try {
            String[] fields = Files.readString(PROC_LOADAVG).trim().split("\\s+");
            return new LoadAverage(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                    Double.parseDouble(fields[2]));
        } catch (IOException | RuntimeException notLinux) {
            return new LoadAverage(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), null, null);
        }
    }

    /** {@code 1.20 / 0.85 / 0.40}, as {@code uptime} lists them. */
    @Override
    public String toString() {
        return fiveMinutes == null ? String.format(java.util.Locale.ROOT, "%.2f (1 min)", oneMinute)
                : String.format(java.util.Locale.ROOT, "%.2f / %.2f / %.2f", oneMinute, fiveMinutes, fifteenMinutes);
    }
}
