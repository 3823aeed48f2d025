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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Threads and open file descriptors (files and sockets alike, from {@code /proc/self/fd}) of this JVM at one moment,
 * to compare before and after a pipeline ran.
 */
public record ResourceSnapshot(int threads, long fileDescriptors) {

    public static ResourceSnapshot take() {
        return new ResourceSnapshot(ManagementFactory.getThreadMXBean().getThreadCount(), openFileDescriptors());
    }

    /** Open descriptors, or -1 where the platform has no {@code /proc/self/fd}. */
    public static long openFileDescriptors() {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        try (Stream<Path> entries = Files.list(fds)) {
            // The listing itself holds one descriptor open while it runs.
            return entries.count() - 1;
        } catch (IOException e) {
            return -1;
        }
    }

    public int threadDelta(ResourceSnapshot before) {
        return threads - before.threads;
    }

    public long fileDescriptorDelta(ResourceSnapshot before) {
        return fileDescriptors - before.fileDescriptors;
    }
}
