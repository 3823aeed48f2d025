package io.github.huaweiocr.camel.error;

/** What a Huawei error means for the caller: it decides the exception type and whether the call is retried. */
public enum ErrorKind {
    /** The request itself is wrong (parameters, image, size, format): sending it again cannot help. */
    INPUT,
    /** The AK/SK signature was rejected (bad key, bad secret, clock skew, key locked by Huawei): never retried. */
    SIGNATURE,
    /** The IAM token expired or must be renewed: refreshed once, then the call is sent again. */
    TOKEN_EXPIRED,
    /** Other authentication or authorisation failures (missing permission, project unavailable, bad token). */
    AUTHENTICATION,
    /** The per-user rate limit or the backend concurrency limit was hit: retried after at least 2 seconds. */
    THROTTLED,
    /** A transient failure of the gateway or the backend: retried with backoff. */
    SERVER,
    /** Anything else the service refused (not subscribed, object storage not readable, URL not reachable...). */
    SERVICE
}
