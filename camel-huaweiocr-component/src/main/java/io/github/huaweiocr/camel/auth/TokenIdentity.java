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
package io.github.huaweiocr.camel.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Who a token is for: the IAM endpoint, the account (domain), the IAM user, the project scope (by id when known,
 * else by name, which is the region id) and a digest of the password. Endpoints with the same identity share one
 * token; an endpoint configured with another password never borrows a token obtained with the right one. Holds no
 * password, and {@link #toString()} leaves the digest out.
 */
public record TokenIdentity(URI iamEndpoint, String domainName, String username, String projectName,
                            String projectId, String passwordDigest) {

    public TokenIdentity {
        Objects.requireNonNull(iamEndpoint, "iamEndpoint");
        Objects.requireNonNull(domainName, "domainName");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordDigest, "passwordDigest");
        if (projectName == null && projectId == null) {
            throw new IllegalArgumentException("A token needs a project scope: set region or projectId");
        }
    }

    /** The identity of {@code username} with {@code password}; only a salted SHA-256 of the password is kept. */
    public static TokenIdentity of(URI iamEndpoint, String domainName, String username, String projectName,
                                   String projectId, String password) {
        return new TokenIdentity(iamEndpoint, domainName, username, projectName, projectId,
                digest(domainName + '\n' + username + '\n' + password));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    @Override
    public String toString() {
        return "TokenIdentity[iamEndpoint=" + iamEndpoint + ", domainName=" + domainName + ", username=" + username
                + ", projectName=" + projectName + ", projectId=" + projectId + "]";
    }
}
