package io.github.huaweiocr.compat.boot4;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 4 application as a user writes it: no code of its own, the {@code huaweiocr:} routes come from
 * {@code routes/*.yaml} and the component from {@code application.properties}.
 */
@SpringBootApplication
public class OcrApplication {

    /** Runs the application. */
    public static void main(String[] args) {
        SpringApplication.run(OcrApplication.class, args);
    }
}
