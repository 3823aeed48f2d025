package io.github.huaweiocr.emulator.auth;

import java.util.List;
import java.util.Map;

/**
 * A request as received, in the form the signature is computed over.
 *
 * @param method  HTTP method
 * @param path    the path as received on the wire (percent-encoded, without query)
 * @param query   the raw query string without {@code ?}, or empty
 * @param headers header values by lower-case name (repeated headers keep every value, in order)
 * @param body    the exact body bytes
 */
public record SignedRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

    /** The values of one header joined with commas, or null when absent. */
    public String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
