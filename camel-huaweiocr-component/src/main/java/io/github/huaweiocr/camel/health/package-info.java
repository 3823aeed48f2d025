/**
 * The non-billable health check of a huaweiocr producer: an empty general-text request that Huawei authenticates
 * and rejects for having no image.
 */
package io.github.huaweiocr.camel.health;
