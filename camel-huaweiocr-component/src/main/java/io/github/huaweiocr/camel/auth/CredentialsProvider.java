package io.github.huaweiocr.camel.auth;

/**
 * Supplies the credentials to sign a request with. Called for every request, so an implementation can rotate keys
 * (temporary credentials, a secrets manager) without restarting routes; it must be cheap and thread-safe.
 */
@FunctionalInterface
public interface CredentialsProvider {

    Credentials resolve();

    /** A provider of fixed credentials. */
    static CredentialsProvider of(Credentials credentials) {
        return () -> credentials;
    }
}
