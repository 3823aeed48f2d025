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
