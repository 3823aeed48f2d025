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

import java.time.Instant;

/**
 * The component refused to send a request signed with an access key whose signatures Huawei rejected several times in
 * a row. Huawei locks a key for 5 minutes after 5 consecutive failures, which would stop every application sharing
 * it; pausing locally first keeps the key usable once the configuration is fixed. Nothing was sent.
 */
public class HuaweiOcrAccessKeyLockedException extends HuaweiOcrException {

    private final String accessKey;
    private final Instant lockedUntil;

    public HuaweiOcrAccessKeyLockedException(String accessKey, String reason, Instant lockedUntil) {
        super("Not sending: access key " + mask(accessKey) + " is paused until " + lockedUntil + " because " + reason
                + ". Check the access key and secret key (no spaces) and this machine's clock; the pause lifts by"
                + " itself at that time, or restart the component after fixing the credentials.");
        this.accessKey = accessKey;
        this.lockedUntil = lockedUntil;
    }

    /** The access key id, shortened so that logs identify it without spelling it out. */
    static String mask(String accessKey) {
        if (accessKey == null || accessKey.length() <= 8) {
            return "***";
        }
        return accessKey.substring(0, 4) + "..." + accessKey.substring(accessKey.length() - 4);
    }

    /** The access key id; the secret key is never kept here. */
    public String getAccessKey() {
        return accessKey;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
