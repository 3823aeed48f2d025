package io.github.huaweiocr.emulator;

/**
 * Temporary (STS) credentials the emulator accepts: requests signed with this access key must carry the security
 * token in {@code X-Security-Token}.
 */
public record TemporaryCredentials(String accessKey, String secretKey, String securityToken) {

    @Override
    public String toString() {
        return "TemporaryCredentials[accessKey=" + accessKey + "]";
    }
}
