/**
 * Object references ({@code obs://bucket/key}) and their resolution through the MinIO SDK: a presigned URL the OCR
 * service downloads, or the object's bytes. Knows nothing of OCR calls or Camel.
 */
package io.github.huaweiocr.camel.obs;
