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

/**
 * The message body or a parameter cannot be sent as it is: wrong format, too large, pixel size out of the operation's
 * range, bad base64, unknown parameter. Raised before any request is made, so nothing was billed.
 */
public class HuaweiOcrInputException extends HuaweiOcrException {

    public HuaweiOcrInputException(String message) {
        super(message);
    }

    public HuaweiOcrInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
