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
package io.github.huaweiocr.benchmarks.report;

/**
 * A target a summary entry must reach, with the measured value and the verdict.
 *
 * @param entry       the summary entry it applies to, e.g. {@code throughputVsRawSigningAt64}
 * @param description what it says, for the Markdown table
 * @param target      e.g. {@code >= 0.95x}
 * @param measured    the entry's value; null when it was not measured
 * @param met         null when it was not measured
 */
public record Floor(String entry, String description, String target, Double measured, Boolean met) {

    /** A floor that {@code measured} must reach or exceed. */
    public static Floor atLeast(String entry, String description, double limit, Double measured) {
        return new Floor(entry, description, ">= " + limit, measured, measured == null ? null : measured >= limit);
    }

    /** A floor that {@code measured} must not exceed. */
    public static Floor atMost(String entry, String description, double limit, Double measured) {
        return new Floor(entry, description, "<= " + limit, measured, measured == null ? null : measured <= limit);
    }
}
