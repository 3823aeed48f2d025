/**
 * Who the calls are made as: credentials and their provider, the SDK-HMAC-SHA256 signer, the IAM token cache, the
 * project id lookup and the guard that stops an access key from being locked out. Knows nothing of documents or
 * Camel.
 */
package io.github.huaweiocr.camel.auth;
