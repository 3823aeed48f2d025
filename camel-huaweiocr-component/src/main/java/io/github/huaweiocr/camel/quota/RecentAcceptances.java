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
package io.github.huaweiocr.camel.quota;

/**
 * How many calls Huawei accepted in the last minute, counted per second in a ring of sixty slots: the evidence that a
 * quota named in a 429 (or guessed) fits what this node has actually been allowed.
 */
final class RecentAcceptances {

    private static final int SECONDS = 60;

    private final long[] counts = new long[SECONDS];
    private final long[] stamps = new long[SECONDS];

    /** Counts one accepted call now. */
    synchronized void accepted() {
        long second = System.nanoTime() / 1_000_000_000L;
        int slot = (int) Math.floorMod(second, SECONDS);
        if (stamps[slot] != second) {
            stamps[slot] = second;
            counts[slot] = 0;
        }
        counts[slot]++;
    }

    /** Calls accepted in the last sixty seconds. */
    synchronized long lastMinute() {
        long second = System.nanoTime() / 1_000_000_000L;
        long total = 0;
        for (int i = 0; i < SECONDS; i++) {
            if (second - stamps[i] < SECONDS) {
                total += counts[i];
            }
        }
        return total;
    }
}
