package io.github.huaweiocr.camel.result;

import java.util.ArrayList;
import java.util.Collection;

/**
 * An array-valued OCR result (auto-classification, household-register, license plates, smart documents) as a List.
 * A type of its own for the same reason as {@link OcrResultMap}.
 */
public class OcrResultList extends ArrayList<Object> {

    private static final long serialVersionUID = 1L;

    public OcrResultList() {
    }

    public OcrResultList(Collection<?> content) {
        super(content);
    }

    @Override
    public String toString() {
        return OcrJson.write(this);
    }
}
