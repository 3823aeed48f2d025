/*
 * Copyright 2026 The camel-huaweiocr maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
