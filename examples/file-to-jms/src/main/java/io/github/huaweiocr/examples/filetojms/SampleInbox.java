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
package io.github.huaweiocr.examples.filetojms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Drops the sample images shipped with the example into the inbox at the first start, so that the pipeline has
 * something to recognise. A marker file in the data folder keeps later starts from dropping them again.
 */
@Component
@ConditionalOnProperty(name = "example.samples.enabled", havingValue = "true", matchIfMissing = true)
public class SampleInbox implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(SampleInbox.class);

    private final Path inbox;
    private final Path marker;

    public SampleInbox(@Value("${example.inbox}") Path inbox, @Value("${example.data-dir}") Path dataDir) {
        this.inbox = inbox;
        this.marker = dataDir.resolve("samples-dropped");
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        if (Files.exists(marker)) {
            return;
        }
        Files.createDirectories(inbox);
        Resource[] samples = new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*.png");
        for (Resource sample : samples) {
            // Written under a hidden name first and then renamed: the file consumer ignores hidden files, so it never
            // reads a half-written image.
            Path hidden = inbox.resolve("." + sample.getFilename());
            try (InputStream in = sample.getInputStream()) {
                Files.copy(in, hidden, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(hidden, inbox.resolve(sample.getFilename()), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, "The sample images were dropped into " + inbox.toAbsolutePath() + "\n");
        LOG.info("Dropped {} sample images into {}", samples.length, inbox.toAbsolutePath());
    }
}
