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
/**
 * The middle of the component, between the exchange binding and the client: a typed {@code OcrJob} in, a typed
 * {@code OcrOutcome} out. The pure {@code Planner} decides what a document becomes (pages, batch items, downscaling,
 * URL or bytes), the {@code Runner} carries the plan out under the concurrency limit, and the pure {@code Assembler}
 * turns the answers into one outcome. Settings come resolved in {@code JobSettings}. Knows nothing of Camel.
 */
package io.github.huaweiocr.camel.job;
