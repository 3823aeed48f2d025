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
package io.github.huaweiocr.examples.httpgateway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Serves the files of the classpath folder {@code static/} byte for byte ({@code /} is {@code index.html}), with
 * their content type. No expression language reads them: a page's script reaches the browser exactly as written.
 */
public final class StaticFiles implements Processor {

    private static final String FOLDER = "static/";
    private static final String INDEX = "index.html";

    /** Plain file names and sub-folders only: no "..", no hidden files, nothing outside the folder. */
    private static final Pattern SAFE_PATH =
            Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

    /** The types served, by extension: any other file is not found. */
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    private final ClassLoader classLoader = StaticFiles.class.getClassLoader();

    @Override
    public void process(Exchange exchange) throws IOException {
        String uri = exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class);
        String path = uri == null ? "" : uri.replaceFirst("[?#].*$", "").replaceFirst("^/+", "");
        if (path.isEmpty()) {
            path = INDEX;
        }
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        byte[] content = type != null && SAFE_PATH.matcher(path).matches() ? read(FOLDER + path) : null;
        exchange.getMessage().removeHeaders("*");
        if (content == null) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=UTF-8");
            exchange.getMessage().setBody(("Not found: /" + path + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, type);
        // The page changes with the application, not while it runs: revalidate rather than cache for ever.
        exchange.getMessage().setHeader("Cache-Control", "no-cache");
        exchange.getMessage().setHeader("X-Content-Type-Options", "nosniff");
        exchange.getMessage().setBody(content);
    }

    private byte[] read(String resource) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
