package io.github.huaweiocr.camel.result;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object-valued OCR result as a Map. A type of its own so that Camel converts it to JSON text
 * ({@link OcrResultConverters}) without changing how any other Map becomes a String.
 */
public class OcrResultMap extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    public OcrResultMap() {
    }

    public OcrResultMap(Map<String, Object> content) {
        super(content);
    }

    @Override
    public String toString() {
        return OcrJson.write(this);
    }
}
