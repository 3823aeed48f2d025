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
