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
package io.github.huaweiocr.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

/** The CPU time of a process as /proc counts it: this JVM's agrees with its own count, an unknown process has none. */
class ProcessCpuTest {

    @Test
    void readsThisJvmsCpuTimeAsTheJvmCountsItToTheTick() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        long read = ProcessCpu.nanos(ProcessHandle.current().pid());
        long after = os.getProcessCpuTime();

        assertThat(read).isPositive();
        // /proc truncates user and system time each to whole ticks of 10 ms
        assertThat(read).isBetween(before - 20_000_000L, after);
    }

    @Test
    void anUnknownProcessHasNoCpuTime() {
        assertThat(ProcessCpu.nanos(Long.MAX_VALUE)).isEqualTo(-1);
    }
}
