/**
 * The middle of the component, between the exchange binding and the client: a typed {@code OcrJob} in, a typed
 * {@code OcrOutcome} out. The pure {@code Planner} decides what a document becomes (pages, batch items, downscaling,
 * URL or bytes), the {@code Runner} carries the plan out under the concurrency limit, and the pure {@code Assembler}
 * turns the answers into one outcome. Settings come resolved in {@code JobSettings}. Knows nothing of Camel.
 */
package io.github.huaweiocr.camel.job;
