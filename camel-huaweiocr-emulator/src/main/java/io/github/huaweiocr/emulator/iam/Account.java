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
package io.github.huaweiocr.emulator.iam;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.huaweiocr.emulator.EmulatorConfig;
import io.github.huaweiocr.emulator.auth.SdkHmacSha256;

/**
 * The one Huawei Cloud account (domain) the emulator hosts: its IAM user and one project per region. The project of
 * the configured region has the configured id; the others get ids derived from the account and region names, so a
 * token of another region exists and can be refused the way Huawei refuses it.
 */
public final class Account {

    /** Regions the official SDK knows for OCR (specification section 1). */
    public static final List<String> REGIONS = List.of("cn-north-4", "cn-north-1", "cn-east-3", "cn-south-1",
            "cn-southwest-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "af-south-1", "la-south-2",
            "la-north-2");

    private final String domainName;
    private final String domainId;
    private final String userName;
    private final String userId;
    private final String password;
    private final String region;
    private final Map<String, String> projectIdsByName;

    public Account(EmulatorConfig config) {
        this.domainName = config.domain();
        this.domainId = derivedId("domain", domainName);
        this.userName = config.user();
        this.userId = derivedId("user", domainName + "/" + userName);
        this.password = config.password();
        this.region = config.region();
        Map<String, String> projects = new LinkedHashMap<>();
        projects.put(region, config.projectId());
        for (String other : REGIONS) {
            projects.putIfAbsent(other, derivedId("project", domainName + "/" + other));
        }
        this.projectIdsByName = Collections.unmodifiableMap(projects);
    }

    private static String derivedId(String kind, String name) {
        return SdkHmacSha256.sha256Hex((kind + ":" + name).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    public String domainName() {
        return domainName;
    }

    public String domainId() {
        return domainId;
    }

    public String userName() {
        return userName;
    }

    public String userId() {
        return userId;
    }

    /** The region whose OCR service this emulator is. */
    public String region() {
        return region;
    }

    public String projectId() {
        return projectIdsByName.get(region);
    }

    /** Project ids by project name (the region id). */
    public Map<String, String> projects() {
        return projectIdsByName;
    }

    public Optional<String> projectNameOf(String projectId) {
        return projectIdsByName.entrySet().stream().filter(e -> e.getValue().equals(projectId))
                .map(Map.Entry::getKey).findFirst();
    }

    public boolean passwordMatches(String candidate) {
        return password.equals(candidate);
    }
}
