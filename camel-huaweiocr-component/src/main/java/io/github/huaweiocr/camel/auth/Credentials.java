package io.github.huaweiocr.camel.auth;

import java.util.Objects;

/**
 * An access key pair, with the security token of temporary (STS) credentials when there is one.
 * {@link #toString()} never shows the secret key or the token.
 */
public record Credentials(String accessKey, String secretKey, String securityToken) {

    public Credentials {
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    public Credentials(String accessKey, String secretKey) {
        this(accessKey, secretKey, null);
    }

    @Override
    public String toString() {
        return "Credentials[accessKey=" + accessKey + ", secretKey=***" + (securityToken == null ? "" : ", securityToken=***")
                + "]";
    }
}
