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
package io.github.huaweiocr.camel.error;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * Huawei's OCR error codes (section 4 of the API specification): for each code, what kind of failure it is, whether
 * sending the request again may succeed, and what to do about it (from Huawei's FAQ). {@link #classify} also reads the
 * HTTP status and the message, because some codes ({@code APIG.0201}, {@code APIG.0301}) mean different things
 * depending on them.
 */
public final class ErrorCatalog {

    /** One catalogued code. */
    public record Entry(String code, ErrorKind kind, boolean retryable, String hint) {
    }

    /** The verdict for one error response. */
    public record Classification(ErrorKind kind, boolean retryable, String hint) {
    }

    private static final String CHECK_KEYS = "Check the access key and secret key (no spaces), and that this machine's"
            + " clock is right.";
    private static final String RETRY_LATER = "Transient on Huawei's side: retried with backoff; if it persists,"
            + " quote the request id to Huawei support.";
    private static final String THROTTLE = "The account's rate limit for this API was reached: retried after 2-5"
            + " seconds as Huawei advises. Lower maxConcurrentRequests or ask Huawei for a higher quota.";

    private static final Map<String, Entry> ENTRIES = new HashMap<>();

    static {
        // OCR service codes (HTTP 400).
        add("AIS.0101", ErrorKind.INPUT, false, "A request parameter is invalid or missing, or both/neither of the"
                + " image and url were given. Check the param.* options and header against this API's fields.");
        add("AIS.0102", ErrorKind.INPUT, false, "The document format is not supported by this API, or the base64"
                + " is invalid (send plain base64 without a data: prefix).");
        add("AIS.0103", ErrorKind.INPUT, false, null); // hint names the operation's own limits, see classify
        add("AIS.0104", ErrorKind.INPUT, false, "The image is not this kind of document or its quality is too poor:"
                + " check that the operation matches the document, and send a sharper, uncropped image.");
        add("AIS.0105", ErrorKind.SERVICE, false, "Recognition failed on Huawei's side for this image; try a clearer"
                + " image, or quote the request id to Huawei support.");
        add("AIS.0117", ErrorKind.INPUT, false, "The template_id or classifier_id does not exist in this account.");
        add("AIS.0118", ErrorKind.SERVICE, false, "The tax authority's service did not answer; Huawei advises trying"
                + " again in about 2 hours.");
        add("AIS.0119", ErrorKind.INPUT, false, "The custom template did not match this image.");
        add("AIS.0120", ErrorKind.INPUT, false, "The custom classifier did not match this image.");
        add("AIS.0121", ErrorKind.INPUT, false, "The custom template has no recognition area configured.");
        add("AIS.0122", ErrorKind.INPUT, false, "The image contains two or more ID cards showing the same side.");

        // Platform codes.
        String reToken = "Obtain a project-scoped IAM token again (check username, password, domainName and region).";
        add("ModelArts.0203", ErrorKind.AUTHENTICATION, false, reToken);
        add("ModelArts.0212", ErrorKind.AUTHENTICATION, false, "The token is not project-scoped: scope it to the"
                + " region's project (the component does this when region or projectId is set).");
        add("ModelArts.4101", ErrorKind.AUTHENTICATION, false, "No X-Auth-Token was sent: configure username,"
                + " password and domainName for authMode=TOKEN, or use AK/SK.");
        add("ModelArts.4102", ErrorKind.AUTHENTICATION, false, reToken);
        add("ModelArts.4103", ErrorKind.AUTHENTICATION, false, reToken);
        add("ModelArts.4104", ErrorKind.INPUT, false, "The request body is larger than 10 MB of base64: send a smaller"
                + " or downscaled image (Huawei advises raw files up to 7 MB), or pass a URL.");
        add("ModelArts.4105", ErrorKind.INPUT, false, "The request body is not valid JSON.");
        add("ModelArts.4106", ErrorKind.AUTHENTICATION, false, "The account is restricted: check its status in the"
                + " Huawei Cloud console.");
        add("ModelArts.4107", ErrorKind.SERVER, true, "Huawei could not obtain temporary credentials: " + RETRY_LATER);
        add("ModelArts.4201", ErrorKind.INPUT, false, "The request URL is malformed: check endpoint and projectId.");
        add("ModelArts.4202", ErrorKind.INPUT, false, "The request URL is malformed: check endpoint and projectId.");
        add("ModelArts.4203", ErrorKind.AUTHENTICATION, false, "The IAM user lacks permission for OCR: grant it the"
                + " OCR policy (for example OCR FullAccess) in IAM.");
        add("ModelArts.4204", ErrorKind.SERVICE, false, "This API is not subscribed: enable it in the OCR console of"
                + " this region (and check that the region offers it).");
        add("ModelArts.4301", ErrorKind.SERVER, true, RETRY_LATER);
        add("ModelArts.4302", ErrorKind.SERVER, true, RETRY_LATER);
        add("ModelArts.4401", ErrorKind.THROTTLED, true, "The backend's concurrency limit was reached: retried after"
                + " 2-5 seconds. Lower maxConcurrentRequests.");
        add("ModelArts.4402", ErrorKind.SERVER, true, "The backend timed out: retried. Large images take longer;"
                + " consider downscaling.");
        add("ModelArts.4403", ErrorKind.SERVER, true, RETRY_LATER);
        add("ModelArts.4502", ErrorKind.SERVER, true, RETRY_LATER);
        add("ModelArts.4503", ErrorKind.SERVICE, false, "The backend service was not found: check the region offers"
                + " this API.");
        add("ModelArts.4504", ErrorKind.SERVICE, false, "The backend API was not found: check the region offers this"
                + " API.");
        add("ModelArts.4505", ErrorKind.SERVER, true, RETRY_LATER);
        add("ModelArts.4506", ErrorKind.SERVICE, false, "A backend sub-service was not found: check the region offers"
                + " this API.");
        add("ModelArts.4508", ErrorKind.SERVICE, false, "The service is not started in this region; try later or"
                + " another region.");
        add("ModelArts.4601", ErrorKind.INPUT, false, "The URL is not allowed: use a public http(s) URL or an OBS"
                + " URL the OCR service may read.");
        add("ModelArts.4603", ErrorKind.SERVICE, false, "Huawei could not download the document from the URL: it is"
                + " unreachable from Huawei Cloud, too slow, or not served with an image content type. Send the bytes"
                + " instead (for object storage, obsInputMode=DOWNLOAD).");
        add("ModelArts.4702", ErrorKind.SERVICE, false, "OCR is not authorised to read OBS: grant the OBS agency in"
                + " the OCR console, or use obsInputMode=DOWNLOAD.");
        add("ModelArts.4703", ErrorKind.INPUT, false, "The OBS URL is invalid.");
        add("ModelArts.4704", ErrorKind.SERVICE, false, "Huawei could not read the object from OBS: the bucket is"
                + " private without OCR authorisation, or in another region. Use obsInputMode=DOWNLOAD to send the"
                + " bytes instead.");
        add("ModelArts.4705", ErrorKind.INPUT, false, "The object in OBS is too large for OCR (10 MB of base64):"
                + " compress or split it; a PDF is read page by page with obsInputMode=DOWNLOAD.");
        add("ModelArts.4706", ErrorKind.INPUT, false, "The object does not exist in OBS.");
        add("ModelArts.6201", ErrorKind.AUTHENTICATION, false, "The account is frozen or in arrears: check billing in"
                + " the Huawei Cloud console.");

        // API gateway codes.
        add("APIG.0101", ErrorKind.SERVICE, false, "The API does not exist at this address: check endpoint, region,"
                + " projectId and that the region offers this API.");
        add("APIG.0106", ErrorKind.INPUT, false, "The gateway's parameter validation failed.");
        add("APIG.0201", ErrorKind.SERVER, false, null); // depends on the HTTP status, see classify
        add("APIG.0301", ErrorKind.SIGNATURE, false, CHECK_KEYS); // refined by message, see classify
        add("APIG.0302", ErrorKind.AUTHENTICATION, false, "The IAM user is not authorised to call this API (gateway"
                + " access control).");
        add("APIG.0307", ErrorKind.TOKEN_EXPIRED, false, "The IAM token must be renewed, or it was issued for another"
                + " region: check that iamEndpoint and region match the OCR endpoint.");
        add("APIG.0308", ErrorKind.THROTTLED, true, THROTTLE);
        add("APIG.0310", ErrorKind.AUTHENTICATION, false, "The project is unavailable (frozen): check it in the"
                + " Huawei Cloud console.");
        add("APIG.0613", ErrorKind.SERVER, true, "Huawei's IAM service is unavailable: " + RETRY_LATER);
    }

    private ErrorCatalog() {
    }

    private static void add(String code, ErrorKind kind, boolean retryable, String hint) {
        ENTRIES.put(code.toUpperCase(Locale.ROOT), new Entry(code, kind, retryable, hint));
    }

    /** The catalogued entry for a code; {@code APIGW.x} is treated as {@code APIG.x}. */
    public static Optional<Entry> lookup(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ENTRIES.get(normalise(code)));
    }

    /**
     * Classifies one error response.
     *
     * @param status    HTTP status
     * @param code      Huawei's {@code error_code}, or null
     * @param message   Huawei's {@code error_msg}, or null
     * @param operation the operation called, used to name its own limits; may be null
     */
    public static Classification classify(int status, String code, String message, HuaweiOcrOperation operation) {
        String normalised = code == null ? null : normalise(code);
        String msg = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if ("APIG.0301".equals(normalised)) {
            return classifyIamFailure(msg);
        }
        if ("APIG.0201".equals(normalised)) {
            boolean transientStatus = status == 502 || status == 504 || status == 500 || status == 503;
            return transientStatus
                    ? new Classification(ErrorKind.SERVER, true, "The gateway could not get an answer from the OCR"
                            + " backend (too many calls or a very large image): retried after a pause.")
                    : new Classification(ErrorKind.INPUT, false, "The gateway refused the request (" + status
                            + "): the body must be at most 12 MB and the headers within the gateway's limits.");
        }
        if ("AIS.0103".equals(normalised)) {
            return new Classification(ErrorKind.INPUT, false, pixelLimits(operation));
        }
        Entry entry = normalised == null ? null : ENTRIES.get(normalised);
        if (entry != null) {
            return new Classification(entry.kind(), entry.retryable(), entry.hint());
        }
        return classifyStatus(status);
    }

    private static Classification classifyIamFailure(String msg) {
        if (msg.contains("token expires")) {
            return new Classification(ErrorKind.TOKEN_EXPIRED, false, "The IAM token expired; the component obtains a"
                    + " new one and sends the call again once.");
        }
        if (msg.contains("reach the limit")) {
            return new Classification(ErrorKind.SIGNATURE, false, "Huawei locked this access key for 5 minutes after"
                    + " repeated signature failures. " + CHECK_KEYS);
        }
        if (msg.contains("ak not exist")) {
            return new Classification(ErrorKind.SIGNATURE, false, "Huawei does not know this access key: check that"
                    + " it is copied exactly, without spaces, and is still enabled in IAM.");
        }
        if (msg.contains("signature")) {
            return new Classification(ErrorKind.SIGNATURE, false, CHECK_KEYS);
        }
        if (msg.contains("token")) {
            return new Classification(ErrorKind.AUTHENTICATION, false, "The IAM token is missing or invalid: check"
                    + " username, password, domainName and iamEndpoint.");
        }
        return new Classification(ErrorKind.AUTHENTICATION, false, "Huawei rejected the credentials. " + CHECK_KEYS);
    }

    /** For error bodies without a code (proxies, load balancers, non-JSON pages). */
    private static Classification classifyStatus(int status) {
        if (status == 429) {
            return new Classification(ErrorKind.THROTTLED, true, THROTTLE);
        }
        if (status == 500 || status == 502 || status == 503 || status == 504) {
            return new Classification(ErrorKind.SERVER, true, RETRY_LATER);
        }
        if (status == 401 || status == 403) {
            return new Classification(ErrorKind.AUTHENTICATION, false, "Access was refused: " + CHECK_KEYS);
        }
        if (status >= 500) {
            return new Classification(ErrorKind.SERVER, false, null);
        }
        return new Classification(ErrorKind.SERVICE, false, null);
    }

    private static String pixelLimits(HuaweiOcrOperation operation) {
        if (operation == null || operation.maxSide() <= 0) {
            return "The image's pixel size is outside this API's limits.";
        }
        StringBuilder sb = new StringBuilder("The image's pixel size is outside the limits of ")
                .append(operation.segment()).append(": shortest side at least ").append(operation.minSide())
                .append(" px, longest side at most ").append(operation.maxSide()).append(" px");
        if (operation.maxMegapixels() > 0) {
            sb.append(", at most ").append(operation.maxMegapixels()).append(" megapixels");
        }
        return sb.append(". Resize the image.").toString();
    }

    private static String normalise(String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        return upper.startsWith("APIGW.") ? "APIG." + upper.substring("APIGW.".length()) : upper;
    }
}
