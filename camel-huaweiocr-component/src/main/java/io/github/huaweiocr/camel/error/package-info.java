/**
 * Every failure the component reports: the {@code HuaweiOcrException} family (input, service, authentication,
 * throttling, transport, object store, batch) and the catalogue of Huawei error codes with whether each is retryable
 * and what to do about it. Depends only on {@code operation}.
 */
package io.github.huaweiocr.camel.error;
