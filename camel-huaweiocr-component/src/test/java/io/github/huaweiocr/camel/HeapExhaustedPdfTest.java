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
package io.github.huaweiocr.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;

/**
 * A page that needs more heap than the JVM has: the message fails with an error that says so and what to change,
 * nothing is sent for it, and the JVM goes on with the next message. (Reactor lets an {@link OutOfMemoryError} escape its operators rather than
 * fail the subscriber, so without the component turning it into a failure the exchange would never end.) Run in a
 * JVM of its own with a 64 MB heap, because rendering an A0 page at 150 dpi takes about 140 MB.
 */
class HeapExhaustedPdfTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    @TempDir
    Path dir;

    @Test
    void aPageTooLargeForTheHeapFailsTheMessageInsteadOfLeavingItWaiting() throws Exception {
        Path output = dir.resolve("node.log");
        Process node = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), SmallHeapPdfNode.class.getName(),
                "endpoint=" + emulator.baseUrl(), "projectId=" + emulator.projectId(),
                "accessKey=" + emulator.accessKey(), "secretKey=" + emulator.secretKey()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertThat(node.waitFor(4, TimeUnit.MINUTES)).as("the node ends").isTrue();
        } finally {
            node.destroyForcibly();
        }
        String printed = Files.readString(output);
        // a PDF's pages are answered in their entries: the page that could not be rendered holds its error
        assertThat(printed).as(printed)
                .contains("A0 OK [{page=1, error={type=HuaweiOcrException, message=Rendering page 1 of the PDF ran out"
                        + " of heap (the JVM may use ")
                .contains("give the JVM more heap (-Xmx)")
                .containsPattern("A4 OK \\[\\{page=1, result=");
        assertThat(emulator.admin().requests("general-table")).as("only the A4 page was sent").isEqualTo(1);
    }
}
