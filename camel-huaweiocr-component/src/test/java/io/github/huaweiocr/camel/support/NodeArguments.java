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
package io.github.huaweiocr.camel.support;

import java.util.HashMap;
import java.util.Map;

/** The {@code key=value} arguments of a test's child JVM (its {@code main}), by key. */
public final class NodeArguments {

    private NodeArguments() {
    }

    public static Map<String, String> parse(String[] args) {
        Map<String, String> arguments = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, not '" + arg + "'");
            }
            arguments.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return arguments;
    }
}
