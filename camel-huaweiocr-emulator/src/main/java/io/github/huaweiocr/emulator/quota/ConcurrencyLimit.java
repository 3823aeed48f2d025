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
package io.github.huaweiocr.emulator.quota;

import java.util.concurrent.atomic.AtomicInteger;

/** At most {@code max} OCR calls in progress at once (ModelArts.4401 beyond); 0 means unlimited. */
public final class ConcurrencyLimit {

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile int max;

    public ConcurrencyLimit(int max) {
        this.max = max;
    }

    public void setMax(int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }

    /** Takes a slot; false (and nothing taken) when all are busy. Every true must be followed by {@link #release()}. */
    public boolean tryAcquire() {
        int current = inFlight.incrementAndGet();
        if (max > 0 && current > max) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    public void release() {
        inFlight.decrementAndGet();
    }
}
