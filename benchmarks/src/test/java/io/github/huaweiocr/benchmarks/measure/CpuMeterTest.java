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

import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class CpuMeterTest {

    /** Spins until told to stop, so that it has CPU time to count. */
    private static Thread spinner(String name, CountDownLatch stop) {
        Thread thread = new Thread(() -> {
            long sink = 0;
            while (stop.getCount() > 0) {
                sink += System.nanoTime() % 7;
            }
            if (sink == 42) {
                System.out.print("");
            }
        }, name);
        thread.setDaemon(true);
        return thread;
    }

    @Test
    void countsTheCpuOfTheClientsThreadsOnlyAndReadsTheProcessAsAWhole() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Thread client = spinner("client-loop-1", stop);
        Thread server = spinner("server-loop-1", stop);
        client.start();
        server.start();
        try {
            CpuMeter meter = new CpuMeter(name -> name.startsWith("client-"));
            CpuMeter.Reading before = meter.read();
            CpuMeter.Reading after = before;
            // wait on the work, not the clock: until the client thread has been given CPU time, and the process's
            // figure (counted in scheduler ticks) has moved
            CpuMeter.Spent spent = CpuMeter.between(before, after);
            while (spent.threadNanos() == 0 || spent.processNanos() == 0) {
                Thread.sleep(10);
                after = meter.read();
                spent = CpuMeter.between(before, after);
            }

            assertThat(after.threadNanos()).containsKey(client.getId()).doesNotContainKey(server.getId());
            assertThat(spent.threadNanos()).isPositive();
        } finally {
            stop.countDown();
            client.join();
            server.join();
        }
    }
}
