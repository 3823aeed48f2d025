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
package io.github.huaweiocr.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every relative link of the user-facing documents (README.md, CHANGELOG.md, CONTRIBUTING.md, docs/*.md) points at a
 * file of the repository, and every {@code #anchor} at a heading of its target, as GitHub names headings. A page or a
 * heading renamed without its links fails here rather than in a reader's browser.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*$");

    @Test
    void everyRelativeLinkAndAnchorResolves() throws IOException {
        List<Path> documents = documents();
        assertThat(documents).as("documents found under " + ROOT).hasSizeGreaterThan(10);
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path document : documents) {
            Matcher link = LINK.matcher(withoutCodeBlocks(document));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // http:, https:, mailto: ...
                }
                links++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
                String where = ROOT.relativize(document) + ": (" + target + ")";
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(where + " names no file of the repository");
                } else if (hash >= 0) {
                    if (!resolved.toString().endsWith(".md")) {
                        broken.add(where + " has an anchor into a file that is not Markdown");
                    } else if (!anchors.computeIfAbsent(resolved, DocumentationLinksTest::anchorsOf)
                            .contains(target.substring(hash + 1))) {
                        broken.add(where + " names no heading of " + ROOT.relativize(resolved));
                    }
                }
            }
        }
        assertThat(links).as("relative links found").isGreaterThan(50);
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void anchorsAreNamedAsGitHubNamesThem() {
        assertThat(anchor("Pacing to the account's quota")).isEqualTo("pacing-to-the-accounts-quota");
        assertThat(anchor("Large PDFs: one message or one exchange per page"))
                .isEqualTo("large-pdfs-one-message-or-one-exchange-per-page");
        assertThat(anchor("Rotating keys: `credentialsProvider`")).isEqualTo("rotating-keys-credentialsprovider");
        assertThat(anchor("The floors: what this run says, and why")).isEqualTo("the-floors-what-this-run-says-and-why");
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        for (String name : List.of("README.md", "CHANGELOG.md", "CONTRIBUTING.md")) {
            documents.add(ROOT.resolve(name));
        }
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    private static String withoutCodeBlocks(Path document) {
        try {
            return FENCE.matcher(Files.readString(document)).replaceAll("");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + document, e);
        }
    }

    /** The anchors of a document's headings; a repeated heading gets -1, -2, ... as on GitHub. */
    private static Set<String> anchorsOf(Path document) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher heading = HEADING.matcher(withoutCodeBlocks(document));
        while (heading.find()) {
            String anchor = anchor(heading.group(1));
            int repeats = seen.merge(anchor, 1, Integer::sum) - 1;
            anchors.add(repeats == 0 ? anchor : anchor + "-" + repeats);
        }
        return anchors;
    }

    /** GitHub's rule: lower case, punctuation dropped (hyphens and underscores kept), spaces to hyphens. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT)
                .replaceAll("(?U)[^\\w\\- ]", "")
                .replace(' ', '-');
    }
}
