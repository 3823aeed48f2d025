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
package io.github.huaweiocr.benchmarks.measure;

import java.util.Map;
import java.util.TreeMap;

/** Live threads grouped by name, with the digits taken out ({@code reactor-http-nio-3} counts as {@code reactor-http-nio-#}). */
public final class ThreadCensus {

    private ThreadCensus() {
    }

    public static Map<String, Integer> take() {
        Map<String, Integer> groups = new TreeMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            groups.merge(group(thread.getName()), 1, Integer::sum);
        }
        return groups;
    }

    static String group(String name) {
        return name.replaceAll("\\d+", "#");
    }

    /** Groups that grew between two censuses, with how many threads each gained. */
    public static Map<String, Integer> added(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> added = new TreeMap<>();
        after.forEach((group, count) -> {
            int gained = count - before.getOrDefault(group, 0);
            if (gained > 0) {
                added.put(group, gained);
            }
        });
        return added;
    }

    public static int total(Map<String, Integer> census) {
        return census.values().stream().mapToInt(Integer::intValue).sum();
    }
}
