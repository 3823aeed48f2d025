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
package io.github.huaweiocr.benchmarks;

import java.net.URI;
import java.time.Duration;

import io.github.huaweiocr.benchmarks.peers.Target;

/**
 * A {@link QuotaReplica} as its own JVM, for the multi-replica runs: waits until the agreed start time, offers load
 * for the agreed duration and prints {@code RESULT completed=<n> failed=<m>}.
 *
 * <p>Arguments: endpoint region projectId accessKey secretKey quotaPerMinute (0: told nothing) concurrency jdbcUrl
 * ({@value #NO_STORE}: no shared store) startAtMillis durationMillis imageFile warmupMillis.
 */
public final class QuotaReplicaMain {

    /** The jdbcUrl argument of a replica that shares no store. */
    static final String NO_STORE = "none";

    private QuotaReplicaMain() {
    }

    public static void main(String[] args) throws Exception {
        Target target = new Target(URI.create(args[0]), args[1], args[2], args[3], args[4]);
        int quotaPerMinute = Integer.parseInt(args[5]);
        int concurrency = Integer.parseInt(args[6]);
        byte[] image = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[10]));
        try (QuotaReplica replica = new QuotaReplica(target, quotaPerMinute, concurrency,
                NO_STORE.equals(args[7]) ? null : args[7])) {
            long wait = Long.parseLong(args[8]) - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            long[] outcome = replica.offer(image, concurrency, Duration.ofMillis(Long.parseLong(args[11])),
                    Duration.ofMillis(Long.parseLong(args[9])));
            System.out.println("RESULT completed=" + outcome[0] + " failed=" + outcome[1]);
        }
    }
}
