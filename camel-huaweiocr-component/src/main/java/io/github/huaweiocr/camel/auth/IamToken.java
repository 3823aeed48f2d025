package io.github.huaweiocr.camel.auth;

import java.time.Instant;

/**
 * An IAM user token. {@link #toString()} never shows the token itself.
 *
 * @param value     the {@code X-Subject-Token} to send as {@code X-Auth-Token}
 * @param expiresAt when Huawei stops accepting it
 * @param refreshAt when to start obtaining a new one, ahead of expiry
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
