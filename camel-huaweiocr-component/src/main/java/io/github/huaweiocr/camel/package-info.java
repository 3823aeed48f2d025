/**
 * The Camel face of the component: {@code HuaweiOcrComponent}, {@code HuaweiOcrEndpoint}, {@code HuaweiOcrProducer},
 * the {@code @UriParams} configuration and the header names. The only package that knows Camel exchanges; it may use
 * every other package, and none of them uses it (see {@code docs/architecture.md}).
 */
package io.github.huaweiocr.camel;
