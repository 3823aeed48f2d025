package io.github.huaweiocr.camel.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.netty.buffer.ByteBufAllocator;

/**
 * Writes the JSON body of an OCR call straight into Netty buffers. The image is base64-encoded by Jackson's streaming
 * {@link JsonGenerator#writeBinary} a few kilobytes at a time from the caller's array (no String of the image and no
 * second copy of it); the parameters follow, serialised by Jackson. The only full-size copy is the encoded body
 * itself, which must exist before sending because the AK/SK signature covers the body's hash.
 */
final class RequestBodyWriter {

    /** Non-ASCII escaped as {@code \\uXXXX}, as Huawei's Java SDK sends it. */
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    private RequestBodyWriter() {
    }

    /**
     * @param imageField the JSON field for document bytes ({@code image} or {@code data}); unused for URLs
     */
    static RequestBody write(ByteBufAllocator allocator, DocumentSource document, String imageField,
                             Map<String, Object> parameters) {
        HashingChunkOutputStream out = new HashingChunkOutputStream(allocator);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.writeStartObject();
            if (document instanceof DocumentSource.Bytes bytes) {
                if (imageField == null) {
                    throw new HuaweiOcrInputException("This operation takes no image; send its parameters only");
                }
                json.writeFieldName(imageField);
                json.writeBinary(Base64Variants.MIME_NO_LINEFEEDS,
                        new ByteArrayInputStream(bytes.data(), bytes.offset(), bytes.length()), bytes.length());
            } else if (document instanceof DocumentSource.Url url) {
                json.writeStringField("url", url.url());
            }
            for (Map.Entry<String, Object> p : parameters.entrySet()) {
                json.writeFieldName(p.getKey());
                MAPPER.writeValue(json, p.getValue());
            }
            json.writeEndObject();
        } catch (IOException | RuntimeException e) {
            out.discard();
            if (e instanceof HuaweiOcrInputException input) {
                throw input;
            }
            throw new HuaweiOcrInputException("Cannot write the request body: " + e.getMessage(), e);
        }
        return out.finish();
    }
}
