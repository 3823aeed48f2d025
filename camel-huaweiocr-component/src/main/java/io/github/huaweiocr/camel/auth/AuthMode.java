package io.github.huaweiocr.camel.auth;

/** How requests are authenticated. */
public enum AuthMode {
    /** Every request signed with SDK-HMAC-SHA256 using an access key and secret key. */
    AKSK,
    /** An IAM user token obtained with user name and password, sent as {@code X-Auth-Token} and refreshed before expiry. */
    TOKEN
}
