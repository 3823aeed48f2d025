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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes a run's figures to {@code target/reliability/<name>.json} (the source of docs/reliability.md's tables). */
public final class RunReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunReport() {
    }

    public static Path write(String name, Map<String, Object> figures) throws IOException {
        Path file = dir().resolve(name + ".json");
        MAPPER.writeValue(file.toFile(), figures);
        return file;
    }

    /** Keeps a copy of a log the run wrote in a temporary folder, as {@code target/reliability/<name>}. */
    public static Path keep(Path log, String name) throws IOException {
        return Files.copy(log, dir().resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path dir() throws IOException {
        Path dir = Path.of(System.getProperty("reliability.report.dir", "target/reliability"));
        Files.createDirectories(dir);
        return dir;
    }
}
