package io.github.huaweiocr.camel.auth;

import java.net.URI;
import java.util.Objects;

/**
 * Who a token is for: the IAM endpoint, the account (domain), the IAM user and the project scope (by id when known,
 * else by name, which is the region id). Endpoints with the same identity share one token. Holds no password.
 */
public record TokenIdentity(URI iamEndpoint, String domainName, String username, String projectName,
                            String projectId) {

    public TokenIdentity {
        Objects.requireNonNull(iamEndpoint, "iamEndpoint");
        Objects.requireNonNull(domainName, "domainName");
        Objects.requireNonNull(username, "username");
        if (projectName == null && projectId == null) {
            throw new IllegalArgumentException("A token needs a project scope: set region or projectId");
        }
    }
}
