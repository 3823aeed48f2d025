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
package io.github.huaweiocr.emulator.support;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds IAM password-method token requests. */
public final class IamTestCalls {

    private IamTestCalls() {
    }

    /** {@code scope} is e.g. {@code {"project":{"name":"cn-north-4"}}}. */
    public static byte[] passwordBody(String user, String password, String domain, ObjectNode scope) {
        ObjectNode root = OcrTestClient.JSON.createObjectNode();
        ObjectNode auth = root.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode u = identity.putObject("password").putObject("user");
        u.put("name", user);
        u.put("password", password);
        u.putObject("domain").put("name", domain);
        if (scope != null) {
            auth.set("scope", scope);
        }
        return OcrTestClient.json(root);
    }

    public static ObjectNode projectScope(String key, String value) {
        ObjectNode scope = OcrTestClient.JSON.createObjectNode();
        scope.putObject("project").put(key, value);
        return scope;
    }

    public static ObjectNode domainScope(String domain) {
        ObjectNode scope = OcrTestClient.JSON.createObjectNode();
        scope.putObject("domain").put("name", domain);
        return scope;
    }

    /** A token from the emulator's IAM, scoped as asked. */
    public static String token(OcrTestClient client, String user, String password, String domain, ObjectNode scope) {
        OcrTestClient.Answer answer = client.post("/v3/auth/tokens?nocatalog=true",
                passwordBody(user, password, domain, scope), Map.of("Content-Type", "application/json;charset=utf8"));
        if (answer.status() != 201) {
            throw new IllegalStateException("token request failed: " + answer.status());
        }
        return answer.headers().firstValue("X-Subject-Token").orElseThrow();
    }
}
