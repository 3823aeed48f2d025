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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.postgresql.ds.PGSimpleDataSource;

import io.github.huaweiocr.camel.support.NodeArguments;
import io.github.huaweiocr.camel.support.TestImages;

/**
 * One replica, run as its own JVM by the shared-quota tests: a Camel route to {@code huaweiocr:generalText} with the
 * quota options and, when given a JDBC URL, a {@link PostgresQuotaStore} bean that the component picks up by type.
 * It offers all its documents at once (distinct images), waits for every exchange, and prints
 * {@code RESULT ok=<n> failed=<m>}.
 *
 * <p>Arguments {@code key=value}: endpoint, projectId, accessKey, secretKey, node, documents, quotaPerSecond,
 * startAtMillis (all replicas start offering at that moment), jdbcUrl (optional), adaptivePacing (optional, default
 * true).
 */
public final class QuotaNode {

    private QuotaNode() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = NodeArguments.parse(args);
        int documents = Integer.parseInt(a.get("documents"));
        String node = a.get("node");
        CamelContext camel = new DefaultCamelContext();
        if (a.containsKey("jdbcUrl")) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(a.get("jdbcUrl"));
            dataSource.setUser("postgres");
            dataSource.setConnectTimeout(2);
            dataSource.setSocketTimeout(5);
            camel.getRegistry().bind("quotaStore", new PostgresQuotaStore(dataSource));
        }
        String uri = "huaweiocr:generalText?endpoint=" + a.get("endpoint") + "&region=cn-north-4&projectId="
                + a.get("projectId") + "&accessKey=RAW(" + a.get("accessKey") + ")&secretKey=RAW("
                + a.get("secretKey") + ")&quotaPerSecond=" + a.get("quotaPerSecond")
                + "&adaptivePacing=" + a.getOrDefault("adaptivePacing", "true");
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ocr").to(uri);
            }
        });
        camel.start();
        List<byte[]> images = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            images.add(TestImages.textLine("NODE " + node + " DOC " + i));
        }
        long wait = Long.parseLong(a.getOrDefault("startAtMillis", "0")) - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        ProducerTemplate template = camel.createProducerTemplate();
        List<CompletableFuture<Object>> calls = new ArrayList<>();
        for (byte[] image : images) {
            calls.add(template.asyncRequestBody("direct:ocr", image));
        }
        int ok = 0;
        int failed = 0;
        for (CompletableFuture<Object> call : calls) {
            try {
                call.get(5, TimeUnit.MINUTES);
                ok++;
            } catch (Exception e) {
                failed++;
                System.out.println("FAILED " + e.getCause());
            }
        }
        System.out.println("RESULT ok=" + ok + " failed=" + failed);
        camel.close();
    }
}
