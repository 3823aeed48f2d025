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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says, once the routes listen, where the page is and who can reach it. The gateway has no authentication of its
 * own and each successful call is billed by Huawei, so exposing it beyond this machine must be a deliberate choice.
 */
@Component
public class GatewayStartupLog {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayStartupLog.class);

    private final GatewayProperties gateway;

    public GatewayStartupLog(GatewayProperties gateway) {
        this.gateway = gateway;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        String address = "http://" + hostForUrl() + ":" + gateway.getPort() + "/";
        if (gateway.isLoopbackOnly()) {
            LOG.info("HTTP gateway ready: open {} (upload page; POST {}ocr/{operation} for the API). It listens on "
                    + "{} only, so no other machine can reach it; to expose it deliberately, set gateway.host "
                    + "(e.g. --gateway.host=0.0.0.0) and put an authenticating proxy in front: the gateway itself "
                    + "checks no caller, and on Huawei Cloud every call is billed.", address, address,
                    gateway.getHost());
        } else {
            LOG.warn("HTTP gateway ready on {} and reachable from other machines (gateway.host={}). It checks no "
                    + "caller: anyone who can reach this port spends your Huawei Cloud OCR calls. Keep it behind an "
                    + "authenticating proxy or a firewall, or set gateway.host=127.0.0.1.", address,
                    gateway.getHost());
        }
        LOG.info("Uploads larger than {} bytes are refused with 413 (gateway.max-upload-bytes).",
                gateway.getMaxUploadBytes());
    }

    private String hostForUrl() {
        String host = gateway.getHost();
        if ("0.0.0.0".equals(host) || "::".equals(host)) {
            return "localhost";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
