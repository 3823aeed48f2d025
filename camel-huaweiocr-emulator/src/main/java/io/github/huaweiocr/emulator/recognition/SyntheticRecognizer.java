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
package io.github.huaweiocr.emulator.recognition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.huaweiocr.emulator.catalog.OperationCatalog;
import io.github.huaweiocr.emulator.catalog.OperationSpec;

/**
 * The last recognizer of the chain: answers every operation with a result derived deterministically from the image's
 * SHA-256 (or, for invoice-verification, from the request body), with every field of the real shape. It reads
 * nothing from the image but its size.
 */
public final class SyntheticRecognizer implements Recognizer {

    /** Size assumed for documents whose pixel size is unknown (PDF, OFD): an A4 page at about 120 dpi. */
    static final int DEFAULT_WIDTH = 1000;
    static final int DEFAULT_HEIGHT = 1400;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OperationCatalog catalog;

    public SyntheticRecognizer(OperationCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<RecognitionResult> recognize(RecognitionRequest request) {
        return Optional.of(generate(request));
    }

    /** The synthetic answer; never fails. */
    public RecognitionResult generate(RecognitionRequest request) {
        OperationSpec operation = request.operation();
        ObjectNode body = request.body() == null ? JSON.objectNode() : request.body();
        SplittableRandom random = new SplittableRandom(seed(request, body));
        return switch (operation.segment()) {
            case "invoice-verification" -> new RecognitionResult(InvoiceVerification.result(body, random));
            case "custom-template" -> customTemplate(body, random);
            default -> new RecognitionResult(generator(request, body, random).result());
        };
    }

    private SyntheticResultGenerator generator(RecognitionRequest request, ObjectNode body, SplittableRandom random) {
        int width = request.width() > 0 ? request.width() : DEFAULT_WIDTH;
        int height = request.height() > 0 ? request.height() : DEFAULT_HEIGHT;
        return new SyntheticResultGenerator(request.operation(), body, random, width, height, catalog);
    }

    private static RecognitionResult customTemplate(ObjectNode body, SplittableRandom random) {
        // The result is whatever the user's template defines; these are the fields of a typical receipt template.
        ObjectNode result = JSON.objectNode();
        for (String field : new String[] {"name", "date", "amount", "number"}) {
            result.put(field, SyntheticValues.string(field, random));
        }
        String templateId = body.path("template_id").isTextual() ? body.path("template_id").asText()
                : SyntheticValues.digits(16, random);
        return new RecognitionResult(result, Map.of("template_id", JSON.textNode(templateId)));
    }

    static long seed(RecognitionRequest request, ObjectNode body) {
        String hash = request.sha256() != null ? request.sha256() : sha256(body.toString());
        long seed = HexFormat.fromHexDigitsToLong(hash, 0, 16);
        return seed ^ request.operation().segment().hashCode();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * A VAT invoice verification answer (spec 6.24 notes): the request's identifying fields echoed, the rest
     * plausible. Every value is a string, amounts with two decimals.
     */
    private static final class InvoiceVerification {

        private static final String[] ECHOED = {"code", "number", "issue_date", "check_code", "subtotal_amount"};
        private static final String[] GENERATED = {"machine_number", "subtotal_tax", "total", "total_in_words",
            "remarks", "receiver", "issuer", "reviewer", "buyer_name", "buyer_id", "buyer_address", "buyer_bank",
            "seller_name", "seller_id", "seller_address", "seller_bank", "deductible_toll"};
        private static final String[] ITEM_FIELDS = {"name", "specification", "unit", "quantity", "unit_price",
            "amount", "tax_rate", "tax"};

        static JsonNode result(ObjectNode body, SplittableRandom random) {
            ObjectNode result = JSON.objectNode();
            result.put("type", "special");
            for (String field : ECHOED) {
                JsonNode sent = body.get(field);
                result.put(field, sent != null && sent.isTextual() ? sent.asText()
                        : SyntheticValues.string(field, random));
            }
            result.put("status", "normal");
            for (String field : GENERATED) {
                result.put(field, SyntheticValues.string(field, random));
            }
            result.put("result_code", "1000");
            result.put("result_message", "Verification succeeded.");
            ArrayNode items = result.putArray("items");
            ObjectNode item = items.addObject();
            for (String field : ITEM_FIELDS) {
                item.put(field, field.equals("quantity") ? "1" : SyntheticValues.string(field, random));
            }
            return result;
        }
    }
}
