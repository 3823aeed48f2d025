package io.github.huaweiocr.benchmarks.peers;

import java.net.URI;

/**
 * Where the peers send their calls and with which account.
 *
 * @param endpoint  OCR base URL, {@code http://127.0.0.1:PORT}
 * @param projectId IAM project id in the path
 */
public record Target(URI endpoint, String region, String projectId, String accessKey, String secretKey) {

    /** Host header value, port included. */
    public String host() {
        return endpoint.getAuthority();
    }

    public String generalTextPath() {
        return "/v2/" + projectId + "/ocr/general-text";
    }

    @Override
    public String toString() {
        return "Target[endpoint=" + endpoint + ", region=" + region + ", projectId=" + projectId + ", accessKey="
                + accessKey + "]";
    }
}
