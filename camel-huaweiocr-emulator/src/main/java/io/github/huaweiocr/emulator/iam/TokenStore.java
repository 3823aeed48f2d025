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

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Issues opaque IAM tokens and remembers them. Real tokens are long base64 texts beginning with {@code MII}; these look
 * alike, but carry no information: validity is what this store says.
 */
public final class TokenStore {

    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, IamToken> tokens = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;

    public TokenStore(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new token scoped to a project, or to the domain when {@code projectId} is null. */
    public IamToken issue(String projectId, String projectName) {
        byte[] bytes = new byte[96];
        random.nextBytes(bytes);
        String value = "MIIEmu" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        IamToken token = new IamToken(value, projectId, projectName, now, now.plus(lifetime));
        tokens.put(value, token);
        return token;
    }

    public Optional<IamToken> find(String value) {
        return value == null ? Optional.empty() : Optional.ofNullable(tokens.get(value));
    }

    /** Makes every token issued so far expire now (as a password change would). */
    public void expireAll() {
        Instant now = clock.instant();
        tokens.replaceAll((k, t) -> t.expiredAt(now) ? t : t.expiringAt(now));
    }
}
