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
package io.github.huaweiocr.camel.auth;

import java.time.Instant;

/**
 * An IAM user token. {@link #toString()} never shows the token itself.
 *
 * @param value     the {@code X-Subject-Token} to send as {@code X-Auth-Token}
 * @param expiresAt when Huawei stops accepting it, on this JVM's clock (the token's lifetime from its arrival)
 * @param refreshAt when to start obtaining a new one, ahead of expiry, on this JVM's clock
 * @param projectId the id of the project the token is scoped to, when IAM returned it (null otherwise)
 */
public record IamToken(String value, Instant expiresAt, Instant refreshAt, String projectId) {

    /** Whether the token can no longer be used at {@code now}. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether a new token should be obtained at {@code now}, while this one still works. */
    public boolean dueForRefreshAt(Instant now) {
        return !now.isBefore(refreshAt);
    }

    @Override
    public String toString() {
        return "IamToken[value=***, expiresAt=" + expiresAt + ", projectId=" + projectId + "]";
    }
}
