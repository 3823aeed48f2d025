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
package io.github.huaweiocr.emulator.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The native library of RapidOCR is loaded without making the JVM's stacks executable. */
class RapidOcrNativeLibraryTest {

    @Test
    void clearsTheExecutableStackFlagThatTheShippedLibraryCarries() throws IOException {
        byte[] library;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RapidOcrNativeLibrary.RESOURCE)) {
            assertThat(in).as(RapidOcrNativeLibrary.RESOURCE).isNotNull();
            library = in.readAllBytes();
        }

        assertThat(RapidOcrNativeLibrary.clearExecutableStack(library)).as("shipped with an executable stack").isTrue();
        assertThat(RapidOcrNativeLibrary.clearExecutableStack(library)).as("cleared in the copy").isFalse();
    }

    @Test
    void refusesBytesThatAreNotALibrary() {
        assertThatThrownBy(() -> RapidOcrNativeLibrary.clearExecutableStack(new byte[128]))
                .isInstanceOf(IOException.class);
    }

    @Test
    void recognitionLeavesTheThreadStacksNonExecutable() throws IOException {
        RecognitionEngine engine = RecognitionEngine.create(RecognitionEngine.RAPIDOCR);
        try {
            assertThat(engine.warmUp()).as("RapidOCR natives load on this machine").isTrue();
        } finally {
            engine.close();
        }

        // glibc makes every stack executable when it loads a library that asks for it; the main stack shows it.
        List<String> stack = Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .filter(line -> line.endsWith("[stack]")).toList();
        assertThat(stack).isNotEmpty().allSatisfy(line -> assertThat(line.split(" ")[1]).doesNotContain("x"));
    }
}
