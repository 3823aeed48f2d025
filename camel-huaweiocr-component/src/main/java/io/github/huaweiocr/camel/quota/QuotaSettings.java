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
package io.github.huaweiocr.camel.quota;

import java.util.Objects;

/**
 * How an endpoint paces its calls: the account's quota for its operation as configured, whether 429 answers teach
 * the node a lower rate, and the store shared by the replicas (null: this node alone).
 *
 * @param rate     the quota as configured ({@link QuotaRate#UNKNOWN} when not)
 * @param adaptive whether 429 answers (APIG.0308) teach the node the limit Huawei names, hold its calls while a window
 *                 is used up and pace it at its share of the window ({@link AdaptiveShare})
 * @param store    where the replicas share the quota, or null
 */
public record QuotaSettings(QuotaRate rate, boolean adaptive, QuotaStore store) {

    /** No quota configured, adaptive pacing on, no shared store: the defaults. */
    public static final QuotaSettings DEFAULT = new QuotaSettings(QuotaRate.UNKNOWN, true, null);

    public QuotaSettings {
        Objects.requireNonNull(rate, "rate");
    }
}
