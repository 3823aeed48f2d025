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
package io.github.huaweiocr.examples.httpgateway;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import io.github.huaweiocr.camel.HuaweiOcrConstants;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * {@code POST /ocr/{operation}} -> huaweiocr -> JSON {@code {"operation", "requestId", "result"}}; {@code GET /} -> the
 * upload page and its files. The operation of the URL is passed to one endpoint through the
 * {@code CamelHuaweiOcrOperation} header, so all operations share one connection pool.
 */
@Component
public class GatewayRoutes extends RouteBuilder {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String OCR_PREFIX = "/ocr/";

    private final GatewayProperties gateway;

    public GatewayRoutes(GatewayProperties gateway) {
        this.gateway = gateway;
    }

    @Override
    public void configure() {
        // Both routes share one Netty server, built from the options of the first one: they carry the same.
        String server = "netty-http:http://" + gateway.getHost() + ":" + gateway.getPort();
        String serverOptions = "decoders=#" + HttpGatewayApplication.UPLOAD_LIMIT
                + "&chunkedMaxContentLength=" + gateway.getMaxUploadBytes();

        onException(HuaweiOcrException.class)
                .handled(true)
                .logStackTrace(false)
                .process(ErrorResponse::describe);

        // The body is the image whatever its Content-Type: curl --data-binary labels it as a url-encoded form, which
        // netty-http parses into headers (and fails on binary data) unless the endpoint is a bridge.
        from(server + "/ocr?matchOnUriPrefix=true&httpMethodRestrict=POST&bridgeEndpoint=true&" + serverOptions)
                .routeId("ocr-gateway")
                .process(GatewayRoutes::prepareRequest)
                .to("huaweiocr:generalText?outputType=JSON")
                .process(GatewayRoutes::wrapResult);

        from(server + "/?matchOnUriPrefix=true&httpMethodRestrict=GET,HEAD&" + serverOptions)
                .routeId("upload-page")
                .process(new StaticFiles());
    }

    /** Takes the operation from the path and the image from the raw body or the first file of a multipart form. */
    static void prepareRequest(Exchange exchange) throws Exception {
        String uri = exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class);
        String path = uri == null ? "" : uri.replaceFirst("\\?.*$", "");
        String name = path.startsWith(OCR_PREFIX) ? path.substring(OCR_PREFIX.length()) : "";
        HuaweiOcrOperation operation;
        try {
            operation = HuaweiOcrOperation.fromName(name);
        } catch (IllegalArgumentException e) {
            throw new HuaweiOcrInputException("Unknown operation '" + name + "' in " + path
                    + ". Use POST /ocr/{operation} with one of: " + Arrays.stream(HuaweiOcrOperation.values())
                            .map(HuaweiOcrOperation::uriName).collect(Collectors.joining(", ")));
        }
        byte[] body = exchange.getMessage().getBody(byte[].class);
        String contentType = exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
        if (MultipartUpload.isMultipart(contentType)) {
            body = MultipartUpload.firstFile(contentType, body).orElseThrow(() -> new HuaweiOcrInputException(
                    "The multipart form carries no file: send the image as a file field."));
        }
        if (body == null || body.length == 0) {
            throw new HuaweiOcrInputException("The request has no image: send it as the body or as a multipart file.");
        }
        // Only what the OCR call needs travels on: none of the client's HTTP headers reach Huawei.
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(HuaweiOcrConstants.OPERATION, operation.uriName());
        exchange.getMessage().setBody(body);
    }

    static void wrapResult(Exchange exchange) throws Exception {
        Map<String, Object> headers = new LinkedHashMap<>();
        String requestId = exchange.getMessage().getHeader(HuaweiOcrConstants.REQUEST_ID, String.class);
        ObjectNode answer = MAPPER.createObjectNode();
        answer.put("operation", exchange.getMessage().getHeader(HuaweiOcrConstants.OPERATION, String.class));
        answer.put("requestId", requestId);
        // The result is JSON already: embedded as it is, without parsing it again.
        answer.putRawValue("result", new RawValue(exchange.getMessage().getBody(String.class)));
        headers.put(Exchange.HTTP_RESPONSE_CODE, 200);
        headers.put(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
        if (requestId != null) {
            headers.put("X-Request-Id", requestId);
        }
        exchange.getMessage().setHeaders(headers);
        exchange.getMessage().setBody(MAPPER.writeValueAsString(answer));
    }
}
