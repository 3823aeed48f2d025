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
package io.github.huaweiocr.emulator.errors;

/**
 * Every error the emulator can answer with: code, HTTP status and the exact message (or message prefix) of section 4
 * of the API specification. Whether the body carries {@code request_id} depends on who raises the error in the real
 * service: the API gateway ({@code APIG.*}) adds it, the OCR backend ({@code AIS.*}, {@code ModelArts.*}) does not.
 *
 * <p>The HTTP statuses of {@code ModelArts.*} codes are not documented by Huawei; the emulator uses 401 for token
 * problems, 429 for the concurrency limit and 400 for everything the client caused.
 */
public enum ErrorCode {

    AIS_0101("AIS.0101", 400, "The input parameter is invalid."),
    AIS_0102("AIS.0102", 400, "The image format is not supported."),
    AIS_0103("AIS.0103", 400, "The image size does not meet the requirements."),
    AIS_0104("AIS.0104", 400, "The image is not supported or the image quality is poor."),
    AIS_0105("AIS.0105", 400, "Recognition failed."),

    MODELARTS_0212("ModelArts.0212", 401, "Invalid Token header. The Token not contain project item."),
    MODELARTS_4104("ModelArts.4104", 400, "Invalid Request Content Length."),
    MODELARTS_4105("ModelArts.4105", 400, "The JSON format of the input data is incorrect."),
    MODELARTS_4203("ModelArts.4203", 403, "Access denied! You do not have permission."),
    MODELARTS_4204("ModelArts.4204", 400, "Request api error! The API %s is not subscribed."),
    MODELARTS_4401("ModelArts.4401", 429, "Max concurrency error."),
    MODELARTS_4505("ModelArts.4505", 500, "Backend service internal error."),
    MODELARTS_4603("ModelArts.4603", 400, "Obtaining the file from the URL failed."),
    MODELARTS_4704("ModelArts.4704", 400, "Obtaining the file from the OBS failed."),

    APIG_0101("APIG.0101", 404, "The API does not exist or has not been published in the environment."),
    APIG_0201_TOO_LARGE("APIG.0201", 413, "Request entity too large."),
    APIG_0201_TIMEOUT("APIG.0201", 504, "Backend timeout."),
    APIG_0301("APIG.0301", 401, "Incorrect IAM authentication information: %s"),
    APIG_0307("APIG.0307", 401, "The token must be updated."),
    APIG_0308("APIG.0308", 429,
            "The throttling threshold has been reached: policy user over ratelimit,limit:%d,time:%s");

    private final String code;
    private final int status;
    private final String message;

    ErrorCode(String code, int status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    /** Whether the real service raises this at the API gateway, whose error bodies carry {@code request_id}. */
    public boolean fromGateway() {
        return code.startsWith("APIG.");
    }

    /** The exception to throw; {@code args} fill the placeholders of messages such as APIG.0301's detail. */
    public OcrApiException error(Object... args) {
        return new OcrApiException(this, args.length == 0 ? message : String.format(message, args));
    }

    /** The error for a code from another component (the recognition engine), falling back to AIS.0105. */
    public static ErrorCode ofCode(String code) {
        for (ErrorCode candidate : values()) {
            if (candidate.code.equals(code)) {
                return candidate;
            }
        }
        return AIS_0105;
    }
}
