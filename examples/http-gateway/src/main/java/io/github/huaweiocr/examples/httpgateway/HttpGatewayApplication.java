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

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * An HTTP front for Huawei Cloud OCR: {@code POST /ocr/{operation}} with an image (raw body or a multipart form)
 * answers with the recognition result as JSON, and {@code GET /} serves a page that draws the recognised text over
 * the uploaded image. By default the OCR emulator runs in this JVM, and the gateway listens on loopback only.
 */
@SpringBootApplication
@EnableConfigurationProperties(GatewayProperties.class)
public class HttpGatewayApplication {

    /** The name of the {@link UploadLimit} bean, which the routes' Netty server puts in its pipeline. */
    static final String UPLOAD_LIMIT = "uploadLimit";

    public static void main(String[] args) {
        SpringApplication.run(HttpGatewayApplication.class, args);
    }

    @Bean(UPLOAD_LIMIT)
    UploadLimit uploadLimit(GatewayProperties gateway) {
        return new UploadLimit(gateway.getMaxUploadBytes());
    }
}
