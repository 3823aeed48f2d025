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
package io.github.huaweiocr.benchmarks.peers;

/** A way of calling general-text OCR that the benchmarks compare: the component, the SDK, the raw limit. */
public interface Peer extends AutoCloseable {

    /** Short name for tables and JSON keys. */
    String name();

    /**
     * Prepares to keep up to {@code concurrency} calls in flight (thread pool, dispatcher or connection pool sized for
     * it). The session is closed after the run.
     */
    Session open(int concurrency);

    /** Releases what the peer holds across sessions. */
    @Override
    void close();
}
