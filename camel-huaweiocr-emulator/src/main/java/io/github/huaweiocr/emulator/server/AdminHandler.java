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
import java.util.Base64;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.auth.SdkHmacSha256;
import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.quota.RequestQuota;

/**
 * The control API under {@code /_emulator/} (JSON, no authentication): statistics, faults, fixtures, tokens, quota
 * and reset. It exists only in the emulator; see {@code docs/emulator.md} for every call.
 */
final class AdminHandler {

    static final String PREFIX = "/_emulator/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EmulatorServices services;

    AdminHandler(EmulatorServices services) {
        this.services = services;
    }

    Reply handle(String method, String path, byte[] body) {
        String call = path.substring(PREFIX.length());
        try {
            return switch (method + " " + call) {
                case "GET stats" -> Reply.json(200, services.stats.toJson());
                case "GET faults" -> faults();
                case "POST faults" -> addFaults(read(body));
                case "DELETE faults" -> {
                    services.faults.clear();
                    yield faults();
                }
                case "POST fixtures" -> putFixture(read(body));
                case "DELETE fixtures" -> {
                    services.engine.fixtures().clear();
                    yield ok();
                }
                case "POST tokens/expire" -> {
                    services.tokens.expireAll();
                    yield ok();
                }
                case "GET quota", "POST quota" -> quota(method.equals("POST") ? read(body) : null);
                case "POST reset" -> {
                    services.reset();
                    yield ok();
                }
                default -> problem(404, "no such admin call: " + method + " " + path);
            };
        } catch (IllegalArgumentException e) {
            return problem(400, e.getMessage());
        }
    }

    private Reply faults() {
        ObjectNode json = MAPPER.createObjectNode();
        ArrayNode list = json.putArray("faults");
        services.faults.faults().forEach(f -> list.add(f.toJson()));
        return Reply.json(200, json);
    }

    private Reply addFaults(JsonNode json) {
        if (json.isArray()) {
            json.forEach(f -> services.faults.add(FaultSpec.fromJson(f)));
        } else {
            services.faults.add(FaultSpec.fromJson(json));
        }
        return faults();
    }

    /**
     * {@code {"image": base64 | "sha256": hex, "operation": segment (optional), "response": {"result": ...}}}. With an
     * operation the response is checked against that operation's result shape (400 when it does not fit); without
     * one it answers every operation whose shape it fits.
     */
    private Reply putFixture(JsonNode json) {
        String sha256;
        if (json.path("sha256").isTextual()) {
            sha256 = json.path("sha256").asText().toLowerCase(Locale.ROOT);
        } else if (json.path("image").isTextual()) {
            sha256 = SdkHmacSha256.sha256Hex(Base64.getDecoder().decode(json.path("image").asText()));
        } else {
            throw new IllegalArgumentException("a fixture needs \"image\" (base64) or \"sha256\"");
        }
        if (!json.path("response").isObject()) {
            throw new IllegalArgumentException("a fixture needs a \"response\" object");
        }
        if (json.path("operation").isTextual()) {
            services.engine.fixtures().put(sha256, json.path("operation").asText(), json.path("response"));
        } else {
            services.engine.fixtures().put(sha256, json.path("response"));
        }
        ObjectNode answer = MAPPER.createObjectNode();
        answer.put("sha256", sha256);
        return Reply.json(200, answer);
    }

    private Reply quota(JsonNode json) {
        if (json != null) {
            if (json.has("perSecond") || json.has("perMinute")) {
                services.quota.set(json.path("perSecond").asInt(services.quota.perSecond()),
                        json.path("perMinute").asInt(services.quota.perMinute()));
            }
            if (json.has("maxConcurrent")) {
                int max = json.path("maxConcurrent").asInt();
                if (max < 0) {
                    throw new IllegalArgumentException("maxConcurrent must not be negative");
                }
                services.concurrency.setMax(max);
            }
        }
        ObjectNode answer = MAPPER.createObjectNode();
        answer.put("perSecond", services.quota.perSecond());
        answer.put("perMinute", services.quota.perMinute());
        answer.put("maxConcurrent", services.concurrency.max());
        ObjectNode used = answer.putObject("windowsUsed");
        used.put("perSecond", services.quota.windowsUsed(RequestQuota.Period.SECOND));
        used.put("perMinute", services.quota.windowsUsed(RequestQuota.Period.MINUTE));
        return Reply.json(200, answer);
    }

    private static JsonNode read(byte[] body) {
        try {
            JsonNode json = MAPPER.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw new IllegalArgumentException("a JSON body is required");
            }
            return json;
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not valid JSON");
        }
    }

    private static Reply ok() {
        return Reply.json(200, MAPPER.createObjectNode().put("status", "ok"));
    }

    private static Reply problem(int status, String message) {
        return Reply.json(status, MAPPER.createObjectNode().put("error", message));
    }
}
