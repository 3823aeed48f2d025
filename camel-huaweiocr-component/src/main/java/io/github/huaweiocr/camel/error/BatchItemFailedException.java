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
 * A batch stopped at a failed item ({@code batchFailFast=true}). The cause is the item's own typed error; items still
 * in flight were cancelled and later items were not sent.
 */
public class BatchItemFailedException extends HuaweiOcrException {

    private final int index;
    private final int size;

    public BatchItemFailedException(int index, int size, Throwable cause) {
        super("Batch item " + index + " of " + size + " (0-based) failed, so the batch was stopped (batchFailFast): "
                + cause.getMessage(), cause);
        this.index = index;
        this.size = size;
    }

    /** 0-based position of the failed item. */
    public int getIndex() {
        return index;
    }

    /** Number of items in the batch. */
    public int getSize() {
        return size;
    }

    @Override
    public boolean isRetryable() {
        return getCause() instanceof HuaweiOcrException e && e.isRetryable();
    }
}
