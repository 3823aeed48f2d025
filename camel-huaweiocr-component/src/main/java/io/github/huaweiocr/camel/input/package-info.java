/**
 * From a message body to a typed {@code DocumentSource}: format sniffing, pixel sizes, the checks against an
 * operation's limits, PDF reading, page selection and rendering, downscaling, and the request fields of an
 * operation. Pure and local: no network, no Camel.
 */
package io.github.huaweiocr.camel.input;
