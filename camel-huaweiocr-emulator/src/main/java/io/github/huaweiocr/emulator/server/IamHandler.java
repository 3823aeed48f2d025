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
package io.github.huaweiocr.emulator.server;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.auth.Authenticator;
import io.github.huaweiocr.emulator.iam.Account;
import io.github.huaweiocr.emulator.iam.IamToken;

/**
 * The two IAM calls a client needs (specification section 3.1): {@code POST /v3/auth/tokens} with the password method
 * and {@code GET /v3/projects}. IAM's own error body is not documented; the emulator answers in Keystone's form
 * {@code {"error":{"code":401,"message":"...","title":"Unauthorized"}}}, which Huawei's SDKs parse.
 */
final class IamHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EmulatorServices services;

    IamHandler(EmulatorServices services) {
        this.services = services;
    }

    Reply issueToken(Incoming in) {
        JsonNode auth;
        try {
            auth = MAPPER.readTree(in.body()).path("auth");
        } catch (IOException e) {
            return keystoneError(400, "Bad Request", "The request body is not valid JSON.");
        }
        JsonNode identity = auth.path("identity");
        JsonNode user = identity.path("password").path("user");
        boolean passwordMethod = false;
        for (JsonNode method : identity.path("methods")) {
            passwordMethod |= "password".equals(method.asText());
        }
        if (!passwordMethod || !user.path("name").isTextual() || !user.path("password").isTextual()) {
            return keystoneError(400, "Bad Request", "The request body is invalid: the password method needs "
                    + "auth.identity.password.user.name, password and domain.");
        }
        Account account = services.account;
        JsonNode domain = user.path("domain");
        boolean domainMatches = account.domainName().equals(domain.path("name").asText(null))
                || account.domainId().equals(domain.path("id").asText(null));
        if (!domainMatches || !account.userName().equals(user.path("name").asText())
                || !services.account.passwordMatches(user.path("password").asText())) {
            return keystoneError(401, "Unauthorized", "The username or password is wrong.");
        }
        JsonNode scope = auth.path("scope");
        IamToken token;
        if (scope.has("project")) {
            JsonNode project = scope.path("project");
            String name = project.path("name").asText(null);
            String id = project.path("id").asText(null);
            String projectName = name != null ? name : account.projectNameOf(id).orElse(null);
            String projectId = projectName == null ? null : account.projects().get(projectName);
            if (projectId == null || (id != null && !id.equals(projectId))) {
                return keystoneError(400, "Bad Request", "The project in the scope does not exist.");
            }
            token = services.tokens.issue(projectId, projectName);
        } else {
            JsonNode scopeDomain = scope.path("domain");
            if (scope.has("domain") && !account.domainName().equals(scopeDomain.path("name").asText(null))
                    && !account.domainId().equals(scopeDomain.path("id").asText(null))) {
                return keystoneError(400, "Bad Request", "The domain in the scope does not exist.");
            }
            token = services.tokens.issue(null, null);
        }
        boolean catalog = in.queryParameter("nocatalog") == null || in.queryParameter("nocatalog").isEmpty();
        return Reply.json(201, tokenBody(token, catalog)).withHeader("X-Subject-Token", token.value());
    }

    Reply listProjects(Incoming in) {
        services.authenticator.authenticateIam(in.signed());
        String name = in.queryParameter("name");
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode projects = body.putArray("projects");
        String base = services.baseUrl.get();
        for (Map.Entry<String, String> project : services.account.projects().entrySet()) {
            if (name != null && !name.equals(project.getKey())) {
                continue;
            }
            ObjectNode p = projects.addObject();
            p.put("id", project.getValue());
            p.put("name", project.getKey());
            p.put("domain_id", services.account.domainId());
            p.put("parent_id", services.account.domainId());
            p.put("enabled", true);
            p.put("is_domain", false);
            p.put("description", "");
            p.putObject("links").put("self", base + "/v3/projects/" + project.getValue());
        }
        ObjectNode links = body.putObject("links");
        links.put("self", base + "/v3/projects" + (in.query().isEmpty() ? "" : "?" + in.query()));
        links.putNull("previous");
        links.putNull("next");
        return Reply.json(200, body);
    }

    private ObjectNode tokenBody(IamToken token, boolean withCatalog) {
        Account account = services.account;
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode t = body.putObject("token");
        t.put("expires_at", Authenticator.IAM_TIME.format(token.expiresAt()));
        t.put("issued_at", Authenticator.IAM_TIME.format(token.issuedAt()));
        t.putArray("methods").add("password");
        if (withCatalog) {
            ArrayNode catalog = t.putArray("catalog");
            addService(catalog, "ocr", "ocr");
            addService(catalog, "identity", "iam");
        }
        ObjectNode domain = MAPPER.createObjectNode().put("id", account.domainId()).put("name", account.domainName());
        if (token.domainScoped()) {
            t.set("domain", domain);
        } else {
            ObjectNode project = t.putObject("project");
            project.put("id", token.projectId());
            project.put("name", token.projectName());
            project.set("domain", domain.deepCopy());
        }
        ArrayNode roles = t.putArray("roles");
        roles.addObject().put("id", "0").put("name", "op_service");
        roles.addObject().put("id", account.domainId().substring(0, 16)).put("name", "te_admin");
        ObjectNode user = t.putObject("user");
        user.put("id", account.userId());
        user.put("name", account.userName());
        user.put("password_expires_at", "");
        user.set("domain", domain.deepCopy());
        return body;
    }

    private void addService(ArrayNode catalog, String type, String name) {
        ObjectNode service = catalog.addObject();
        service.put("type", type);
        service.put("id", services.account.domainId().substring(0, 8) + type);
        service.put("name", name);
        ObjectNode endpoint = service.putArray("endpoints").addObject();
        endpoint.put("url", services.baseUrl.get());
        endpoint.put("region", services.account.region());
        endpoint.put("region_id", services.account.region());
        endpoint.put("interface", "public");
        endpoint.put("id", services.account.projectId().substring(0, 16) + type);
    }

    private static Reply keystoneError(int status, String title, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", status);
        error.put("message", message);
        error.put("title", title);
        return Reply.json(status, body);
    }
}
