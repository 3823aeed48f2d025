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
package io.github.huaweiocr.camel.input;

import java.util.Locale;
import java.util.stream.Collectors;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.Limits;

/**
 * Checks a document against what an operation accepts (format, base64 size, pixel sides, megapixels) before anything
 * is sent: Huawei would reject it anyway, after a network round trip, and some rejections still count against the
 * quota.
 */
public final class DocumentLimits {

    private DocumentLimits() {
    }

    /**
     * @throws HuaweiOcrInputException naming the limit, the actual value and what to do, when the document breaks one
     */
    public static void check(HuaweiOcrOperation operation, DocumentSource source) {
        if (!operation.takesImage()) {
            throw new HuaweiOcrInputException(operation.uriName() + " takes no image: send its fields ("
                    + String.join(", ", operation.parameters().keySet())
                    + ") as a Map or JSON body, as param.* options or in the CamelHuaweiOcrParameters header");
        }
        if (source instanceof DocumentSource.Bytes bytes) {
            checkBytes(operation, bytes);
        }
    }

    private static void checkBytes(HuaweiOcrOperation operation, DocumentSource.Bytes bytes) {
        if (!operation.formats().contains(bytes.format())) {
            throw new HuaweiOcrInputException(operation.uriName() + " accepts " + formats(operation) + "; this document is "
                    + bytes.format() + ". Convert it to one of the accepted formats first");
        }
        if (bytes.base64Length() > Limits.MAX_BASE64_LENGTH) {
            throw new HuaweiOcrInputException(operation.uriName() + " accepts documents up to 10 MB of base64 ("
                    + Limits.MAX_RAW_LENGTH + " bytes raw; Huawei advises at most 7 MB); this " + bytes.format() + " is "
                    + bytes.length() + " bytes (" + bytes.base64Length() + " base64 characters)"
                    + ". Compress or shrink it, or send it as a URL the service downloads");
        }
        if (bytes.width() <= 0 || bytes.height() <= 0) {
            return;
        }
        PixelSize size = new PixelSize(bytes.width(), bytes.height());
        if (size.shortSide() < operation.minSide() || size.longSide() > operation.maxSide()) {
            throw new HuaweiOcrInputException(operation.uriName() + " accepts images whose sides are " + operation.minSide()
                    + ".." + operation.maxSide() + " px; this " + bytes.format() + " is " + size + ". "
                    + (size.shortSide() < operation.minSide() ? "Enlarge it" : "Shrink it") + " to fit these limits");
        }
        if (operation.maxMegapixels() > 0 && size.megapixels() > operation.maxMegapixels()) {
            throw new HuaweiOcrInputException(operation.uriName() + " accepts images up to " + operation.maxMegapixels()
                    + " megapixels; this " + bytes.format() + " is " + size + " ("
                    + String.format(Locale.ROOT, "%.1f", size.megapixels()) + " megapixels). Shrink it to fit this limit");
        }
    }

    private static String formats(HuaweiOcrOperation operation) {
        return operation.formats().stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
