package io.github.huaweiocr.emulator.iam;

import java.time.Instant;

/**
 * An issued token. {@code projectId} and {@code projectName} are null for a domain-scoped token.
 */
public record IamToken(String value, String projectId, String projectName, Instant issuedAt, Instant expiresAt) {

    public boolean domainScoped() {
        return projectId == null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    IamToken expiringAt(Instant instant) {
        return new IamToken(value, projectId, projectName, issuedAt, instant);
    }

    @Override
    public String toString() {
        return "IamToken[project=" + projectName + ", expiresAt=" + expiresAt + "]";
    }
}
