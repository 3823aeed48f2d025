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
package io.github.huaweiocr.emulator.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.TemporaryCredentials;
import io.github.huaweiocr.emulator.errors.ErrorCode;
import io.github.huaweiocr.emulator.errors.OcrApiException;
import io.github.huaweiocr.emulator.iam.Account;
import io.github.huaweiocr.emulator.iam.IamToken;
import io.github.huaweiocr.emulator.iam.TokenStore;

/**
 * Authenticates OCR and IAM calls as API Gateway does (specification sections 3 and 4.3): an
 * {@code Authorization: SDK-HMAC-SHA256} signature over the received request, or an {@code X-Auth-Token} issued by the
 * emulator's IAM. Failures carry the gateway's codes and message variants.
 */
public final class Authenticator {

    static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    /** Keystone's timestamp shape, used in token bodies and in the "token expires" message. */
    public static final DateTimeFormatter IAM_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Account account;
    private final TokenStore tokens;
    private final AccessKeyLockout lockout;
    private final Duration clockSkew;
    private final Map<String, TemporaryCredentials> keys = new HashMap<>();

    public Authenticator(EmulatorConfig config, Clock clock, Account account, TokenStore tokens,
                         AccessKeyLockout lockout) {
        this.clock = clock;
        this.account = account;
        this.tokens = tokens;
        this.lockout = lockout;
        this.clockSkew = config.clockSkew();
        keys.put(config.accessKey(), new TemporaryCredentials(config.accessKey(), config.secretKey(), null));
        for (TemporaryCredentials temporary : config.temporaryCredentials()) {
            keys.put(temporary.accessKey(), temporary);
        }
    }

    /**
     * Authenticates a call to the OCR service of project {@code pathProjectId}.
     *
     * @throws OcrApiException APIG.0301, APIG.0307, ModelArts.0212 or ModelArts.4203
     */
    public Caller authenticateOcr(SignedRequest request, String pathProjectId) {
        if (request.header("authorization") != null) {
            Caller caller = verifySignature(request);
            if (!account.projectId().equals(pathProjectId)) {
                throw ErrorCode.MODELARTS_4203.error();
            }
            return caller;
        }
        IamToken token = validToken(request.header("x-auth-token"));
        if (token.domainScoped()) {
            throw ErrorCode.MODELARTS_0212.error();
        }
        if (!token.projectId().equals(pathProjectId) || !account.projectId().equals(pathProjectId)) {
            throw ErrorCode.APIG_0307.error();
        }
        return new Caller(account.domainName(), "token");
    }

    /** Authenticates an IAM call (any valid token, project- or domain-scoped, or a signature). */
    public Caller authenticateIam(SignedRequest request) {
        if (request.header("authorization") != null) {
            return verifySignature(request);
        }
        validToken(request.header("x-auth-token"));
        return new Caller(account.domainName(), "token");
    }

    private IamToken validToken(String value) {
        if (value == null || value.isBlank()) {
            throw ErrorCode.APIG_0301.error("x-auth-token not found");
        }
        IamToken token = tokens.find(value.trim())
                .orElseThrow(() -> ErrorCode.APIG_0301.error("decrypt token fail"));
        if (token.expiredAt(clock.instant())) {
            throw ErrorCode.APIG_0301.error("token expires, expires_at: " + IAM_TIME.format(token.expiresAt()));
        }
        return token;
    }

    private Caller verifySignature(SignedRequest request) {
        AuthorizationHeader authorization = AuthorizationHeader.parse(request.header("authorization"))
                .orElseThrow(() -> ErrorCode.APIG_0301.error("verify aksk signature fail"));
        String accessKey = authorization.accessKey();
        TemporaryCredentials credentials = keys.get(accessKey);
        if (credentials == null) {
            throw ErrorCode.APIG_0301.error("Get secretKey failed,ak:" + accessKey + ",err:ak not exist");
        }
        if (lockout.locked(accessKey)) {
            throw ErrorCode.APIG_0301.error("AK access failed to reach the limit,forbidden");
        }
        String sdkDate = request.header("x-sdk-date");
        if (!withinSkew(sdkDate)) {
            lockout.failure(accessKey);
            throw ErrorCode.APIG_0301.error("verify aksk signature fail, signature expired");
        }
        if (credentials.securityToken() != null
                && !credentials.securityToken().equals(request.header("x-security-token"))) {
            lockout.failure(accessKey);
            throw ErrorCode.APIG_0301.error("verify aksk signature fail, invalid security token");
        }
        String canonical = SdkHmacSha256.canonicalRequest(request, authorization.signedHeaders());
        String expected = SdkHmacSha256.signature(credentials.secretKey(),
                SdkHmacSha256.stringToSign(canonical, sdkDate));
        if (!SdkHmacSha256.matches(expected, authorization.signature())) {
            lockout.failure(accessKey);
            throw ErrorCode.APIG_0301.error("verify aksk signature fail, canonicalRequest:"
                    + canonical.replace('\n', '|'));
        }
        lockout.success(accessKey);
        return new Caller(account.domainName(), accessKey);
    }

    private boolean withinSkew(String sdkDate) {
        Optional<Instant> signedAt = parseSdkDate(sdkDate);
        if (signedAt.isEmpty()) {
            return false;
        }
        Duration difference = Duration.between(signedAt.get(), clock.instant()).abs();
        return difference.compareTo(clockSkew) <= 0;
    }

    static Optional<Instant> parseSdkDate(String sdkDate) {
        if (sdkDate == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(sdkDate.trim(), SDK_DATE).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
