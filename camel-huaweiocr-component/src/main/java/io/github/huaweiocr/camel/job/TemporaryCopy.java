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
package io.github.huaweiocr.camel.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary file a downloaded PDF is copied to, told by
 * {@link io.github.huaweiocr.camel.input.DocumentReader#settle} before it is written, and deleted when the document is
 * done: the resource of the document's {@link reactor.core.publisher.Mono#using}, so that an answer, a failure and a
 * cancellation all delete it. A file told after the document is done (a copy started as the document was cancelled)
 * is deleted at once and the copy stopped.
 */
final class TemporaryCopy implements Consumer<Path> {

    private static final Logger LOG = LoggerFactory.getLogger(TemporaryCopy.class);

    private Path file;
    private boolean done;

    @Override
    public void accept(Path created) {
        synchronized (this) {
            if (!done) {
                file = created;
                return;
            }
        }
        delete(created);
        throw new UncheckedIOException(new IOException("The document was cancelled before its copy was written"));
    }

    /** Deletes the file, if one was told; called once the document's calls are done, whatever their outcome. */
    void delete() {
        Path told;
        synchronized (this) {
            done = true;
            told = file;
            file = null;
        }
        if (told != null) {
            delete(told);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary copy {} of a downloaded PDF: {}", file, e.getMessage());
        }
    }
}
