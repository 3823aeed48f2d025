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
package io.github.huaweiocr.examples.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code example.emulator.*}: the Huawei OCR emulator an example starts in its own JVM unless it runs on the cloud. */
@ConfigurationProperties(prefix = "example.emulator")
public class EmbeddedEmulatorProperties {

    /** Whether to start the emulator and point the huaweiocr component at it (off in the cloud profile). */
    private boolean enabled = true;

    /** The recognition engine: rapidocr reads the text of the images, synthetic answers with made-up values. */
    private String engine = "rapidocr";

    /** The port to listen on; 0 picks a free one. */
    private int port;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getEngine() {
        return engine;
    }

    public void setEngine(String engine) {
        this.engine = engine;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }
}
