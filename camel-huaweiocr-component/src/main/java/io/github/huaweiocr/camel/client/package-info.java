/**
 * The HTTP client of the OCR API: one {@code OcrCall} in, one {@code OcrResponse} (or a typed error) out. Concurrency
 * permits, authentication, the streamed JSON and base64 body, signing, retries with backoff, response decoding.
 * Knows nothing of Camel exchanges.
 */
package io.github.huaweiocr.camel.client;
