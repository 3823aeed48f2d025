/**
 * What an answer becomes: the output types (Map, JSON, JsonNode, text, CSV, Excel), the confidence review and the
 * type converters. Works on the JSON {@code result} alone and knows nothing of transport or Camel exchanges.
 */
package io.github.huaweiocr.camel.result;
