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

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.json.Json;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Finds the IAM project id of a region ({@code GET /v3/projects?name=<region>}) when none is configured, as Huawei's
 * SDKs do, and caches it per IAM endpoint, region and identity. Concurrent first calls share one lookup; a failed
 * lookup is not cached.
 */
public final class ProjectIdResolver {

    private record Key(URI iamEndpoint, String region, String identity) {
    }

    private final Map<Key, Mono<String>> cache = new ConcurrentHashMap<>();
    private final AtomicLong lookups = new AtomicLong();

    /**
     * The project id for the region.
     *
     * @param identity    who asks (access key id, or user@domain): different accounts have different projects
     * @param authHeaders the authentication headers for the lookup request URI (AK/SK signature or token)
     */
    public Mono<String> resolve(HttpClient http, URI iamEndpoint, String region, String identity,
                                Function<URI, Mono<Map<String, String>>> authHeaders) {
        Key key = new Key(iamEndpoint, region, identity);
        return Mono.defer(() -> cache.computeIfAbsent(key,
                k -> lookup(http, k, authHeaders).doOnError(e -> cache.remove(k)).cache()));
    }

    /** How many lookups were sent to IAM. */
    public long lookups() {
        return lookups.get();
    }

    private Mono<String> lookup(HttpClient http, Key key, Function<URI, Mono<Map<String, String>>> authHeaders) {
        URI uri = URI.create(IamTokenProvider.stripSlash(key.iamEndpoint().toString()) + "/v3/projects?name="
                + URLEncoder.encode(key.region(), StandardCharsets.UTF_8));
        return authHeaders.apply(uri).flatMap(headers -> {
            lookups.incrementAndGet();
            return http.headers(h -> headers.forEach(h::set))
                    .get()
                    .uri(uri)
                    .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
                            .map(bytes -> {
                                int status = response.status().code();
                                if (status != 200) {
                                    throw IamResponses.failure("project id lookup for region " + key.region(),
                                            status, response.responseHeaders(), bytes, "Set projectId, or check the"
                                                    + " credentials and iamEndpoint.");
                                }
                                return pick(key, bytes);
                            }));
        });
    }

    private static String pick(Key key, byte[] bytes) {
        List<String> ids = new ArrayList<>();
        try {
            for (JsonNode project : Json.MAPPER.readTree(bytes).path("projects")) {
                if (key.region().equals(project.path("name").asText()) && project.hasNonNull("id")) {
                    ids.add(project.get("id").asText());
                }
            }
        } catch (IOException e) {
            throw notFound(key, "IAM's answer was not JSON");
        }
        if (ids.isEmpty()) {
            throw notFound(key, "IAM knows no project named " + key.region() + " for this account");
        }
        if (ids.size() > 1) {
            throw notFound(key, "IAM returned " + ids.size() + " projects named " + key.region());
        }
        return ids.get(0);
    }

    private static HuaweiOcrException notFound(Key key, String why) {
        return new HuaweiOcrException("Looking up the project id of region " + key.region() + " at "
                + key.iamEndpoint() + " failed: " + why + ". Set projectId explicitly (IAM console, My Credentials,"
                + " Projects), or check the region.");
    }
}
