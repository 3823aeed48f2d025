/**
 * The bottom of the component, depending on nothing else in it: the table of the 52 OCR operations with their
 * capabilities (formats, PDF handling, output types, request fields), the file formats and the {@code Limits} of
 * sizes, pixels and base64. A rule about what an operation accepts or returns is read from here, never written
 * again elsewhere.
 */
package io.github.huaweiocr.camel.operation;
