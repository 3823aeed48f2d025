package io.github.huaweiocr.emulator.auth;

/**
 * Who made an authenticated call.
 *
 * @param account    the account (domain) name, the unit of quotas
 * @param credential the access key id, or {@code token} for IAM token calls
 */
public record Caller(String account, String credential) {
}
