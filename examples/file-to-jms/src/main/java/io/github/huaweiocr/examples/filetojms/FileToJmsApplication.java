package io.github.huaweiocr.examples.filetojms;

import java.io.File;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Files dropped into an inbox folder are recognised by Huawei Cloud OCR (general text) and the results published on
 * the JMS queue {@code ocr.results}; documents that cannot be recognised go to {@code ocr.failed}. By default
 * everything runs in this JVM: the OCR emulator, an Artemis broker and the sample images copied into the inbox.
 */
@SpringBootApplication
public class FileToJmsApplication {

    public static void main(String[] args) {
        SpringApplication.run(FileToJmsApplication.class, args);
    }

    /**
     * Remembers which files were recognised (name, size and modification time) in a file that survives restarts, so
     * that the same document dropped again is not recognised, billed and published twice.
     */
    @Bean
    public IdempotentRepository processedFiles(@Value("${example.data-dir}") File dataDir) {
        return FileIdempotentRepository.fileIdempotentRepository(new File(dataDir, "processed-files.dat"), 100_000);
    }
}
