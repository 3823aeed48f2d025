package io.github.huaweiocr.examples.httpgateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An HTTP front for Huawei Cloud OCR: {@code POST /ocr/{operation}} with an image (raw body or a multipart form)
 * answers with the recognition result as JSON, and {@code GET /} serves a page that draws the recognised text over
 * the uploaded image. By default the OCR emulator runs in this JVM.
 */
@SpringBootApplication
public class HttpGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(HttpGatewayApplication.class, args);
    }
}
