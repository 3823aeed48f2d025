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
