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
package io.github.huaweiocr.examples.obstodatabase;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;

import io.github.huaweiocr.camel.HuaweiOcrConstants;

/**
 * Turns a vat-invoice result (JSON) and the object's headers into the named parameters of the insert into
 * {@code invoice}: where the invoice came from, its main fields, the whole result as raw JSON, and the replica that
 * recognised it.
 */
public final class InvoiceRow {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Result field -> column, for the fields kept in their own column. */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("type", "invoice_type");
        COLUMNS.put("code", "invoice_code");
        COLUMNS.put("number", "invoice_number");
        COLUMNS.put("issue_date", "issue_date");
        COLUMNS.put("buyer_name", "buyer_name");
        COLUMNS.put("buyer_id", "buyer_id");
        COLUMNS.put("seller_name", "seller_name");
        COLUMNS.put("seller_id", "seller_id");
        COLUMNS.put("subtotal_amount", "subtotal_amount");
        COLUMNS.put("subtotal_tax", "subtotal_tax");
        COLUMNS.put("total", "total");
    }

    /** The exchange property holding the name of the replica that writes the row. */
    public static final String REPLICA = "exampleReplica";

    /** The insert statement matching {@link #fromResult(Exchange)}'s parameters. */
    public static final String INSERT = "insert into invoice (bucket, object_key, etag, request_id, "
            + String.join(", ", COLUMNS.values()) + ", raw_json, replica) values (:#bucket, :#object_key, :#etag,"
            + " :#request_id, " + String.join(", ", COLUMNS.values().stream().map(c -> ":#" + c).toList())
            + ", :#raw_json, :#replica)";

    private InvoiceRow() {
    }

    public static void fromResult(Exchange exchange) throws Exception {
        String json = exchange.getMessage().getBody(String.class);
        JsonNode result = MAPPER.readTree(json);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("bucket", exchange.getMessage().getHeader("CamelMinioBucketName"));
        row.put("object_key", exchange.getMessage().getHeader("CamelMinioObjectName"));
        row.put("etag", exchange.getMessage().getHeader("CamelMinioETag"));
        row.put("request_id", exchange.getMessage().getHeader(HuaweiOcrConstants.REQUEST_ID));
        COLUMNS.forEach((field, column) ->
                row.put(column, result.hasNonNull(field) ? result.get(field).asText() : null));
        row.put("raw_json", json);
        row.put("replica", exchange.getProperty(REPLICA, String.class));
        exchange.getMessage().setBody(row);
    }
}
