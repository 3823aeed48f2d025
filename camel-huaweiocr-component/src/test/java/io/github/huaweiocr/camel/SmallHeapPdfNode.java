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

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.huaweiocr.camel.support.NodeArguments;
import io.github.huaweiocr.camel.support.TestPdfs;

/**
 * A JVM with a heap too small for the page it is asked to render, run by {@link HeapExhaustedPdfTest}: sends one A0
 * page to {@code huaweiocr:generalTable} (which takes images only, so the page is rendered), then one A4 page, and
 * prints how each exchange ended: {@code FAILED <exception>: <message>}, {@code OK <body>} (a page's failure is in its entry), or {@code NO ANSWER} when it did not end at all.
 *
 * <p>Arguments {@code key=value}: endpoint, projectId, accessKey, secretKey.
 */
public final class SmallHeapPdfNode {

    private SmallHeapPdfNode() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = NodeArguments.parse(args);
        String uri = "huaweiocr:generalTable?endpoint=" + a.get("endpoint") + "&region=cn-north-4&projectId="
                + a.get("projectId") + "&accessKey=RAW(" + a.get("accessKey") + ")&secretKey=RAW("
                + a.get("secretKey") + ")&pdfDpi=150";
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:ocr").to(uri);
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            System.out.println("A0 " + send(template, TestPdfs.a0Page()));
            System.out.println("A4 " + send(template, TestPdfs.pages(1)));
        }
        System.exit(0);
    }

    private static String send(ProducerTemplate template, byte[] pdf) throws InterruptedException {
        CompletableFuture<Object> call = template.asyncRequestBody("direct:ocr", pdf);
        try {
            return "OK " + call.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            Throwable failure = e.getCause().getCause() != null ? e.getCause().getCause() : e.getCause();
            return "FAILED " + failure.getClass().getName() + ": " + failure.getMessage();
        } catch (TimeoutException e) {
            return "NO ANSWER";
        }
    }
}
