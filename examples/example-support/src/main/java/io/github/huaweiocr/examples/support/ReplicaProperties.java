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
package io.github.huaweiocr.examples.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * {@code example.replica.*}: who this copy of the application is when several run side by side on the same shared
 * folder, broker, bucket or database. Every replica runs the same jar with the same configuration; only the name
 * differs (on Kubernetes, the pod's name: {@code EXAMPLE_REPLICA_NAME} from {@code metadata.name}).
 */
@ConfigurationProperties(prefix = "example.replica")
public class ReplicaProperties {

    /**
     * This replica's name, unique among the replicas: it labels the rows and messages it produces, its log and its
     * membership of the cluster. Defaults to the {@code HOSTNAME} variable (a pod's name on Kubernetes), else the
     * process id on this host.
     */
    private String name;

    public String getName() {
        if (StringUtils.hasText(name)) {
            return name;
        }
        String host = System.getenv("HOSTNAME");
        return StringUtils.hasText(host) ? host : "pid-" + ProcessHandle.current().pid();
    }

    public void setName(String name) {
        this.name = name;
    }
}
