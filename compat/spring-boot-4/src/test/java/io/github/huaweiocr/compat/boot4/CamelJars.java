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
package io.github.huaweiocr.compat.boot4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Camel jars a class loader sees, found by where their manifests come from in the local repository. */
final class CamelJars {

    /** Where a Camel jar comes from in the local repository: group folder, artifact, version. */
    private static final Pattern CAMEL_JAR = Pattern.compile("/org/apache/camel/(?:springboot/)?([^/]+)/([^/]+)/[^/]+\\.jar!");

    private CamelJars() {
    }

    /** Artifact id to version of every Camel jar ({@code org.apache.camel} and its springboot group) on the class path. */
    static Map<String, String> versions(ClassLoader loader) {
        Map<String, String> camelJars = new TreeMap<>();
        try {
            for (URL manifest : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
                Matcher jar = CAMEL_JAR.matcher(manifest.toString());
                if (jar.find()) {
                    camelJars.put(jar.group(1), jar.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return camelJars;
    }
}
