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

import org.apache.camel.Exchange;

import io.github.huaweiocr.camel.error.HuaweiOcrServiceException;

/**
 * Turns the failure of an object and its headers into the named parameters of the insert into
 * {@code invoice_failure}: which object version failed, Huawei's error code and request id when the service answered,
 * and the message (which names the cause and what to do, and never a secret).
 */
public final class InvoiceFailure {

    /** The insert statement matching {@link #fromException(Exchange)}'s parameters. */
    public static final String INSERT = "insert into invoice_failure (bucket, object_key, etag, error_code,"
            + " error_message, request_id, replica) values (:#bucket, :#object_key, :#etag, :#error_code,"
            + " :#error_message, :#request_id, :#replica)";

    private static final int MAX_MESSAGE = 4000;

    private InvoiceFailure() {
    }

    public static void fromException(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("bucket", exchange.getMessage().getHeader("CamelMinioBucketName"));
        row.put("object_key", exchange.getMessage().getHeader("CamelMinioObjectName"));
        row.put("etag", exchange.getMessage().getHeader("CamelMinioETag"));
        HuaweiOcrServiceException service = failure instanceof HuaweiOcrServiceException e ? e : null;
        row.put("error_code", service == null ? null : service.getErrorCode());
        String message = failure == null ? "unknown failure" : String.valueOf(failure.getMessage());
        row.put("error_message", message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message);
        row.put("request_id", service == null ? null : service.getRequestId());
        row.put("replica", exchange.getProperty(InvoiceRow.REPLICA, String.class));
        exchange.getMessage().setBody(row);
    }
}
