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
package io.github.huaweiocr.camel.job;

import java.util.Collection;

/**
 * The outcome of one batch item: its position in the input and either its result or the typed error that stopped
 * it. A failed item keeps its place in the output; it is never dropped.
 *
 * @param index  0-based position of the item in the input
 * @param result the result, or null when the item failed
 * @param error  why the item failed, or null when it succeeded
 * @param <R>    result type
 */
public record BatchEntry<R>(int index, R result, Throwable error) {

    /** A successful item. */
    public static <R> BatchEntry<R> success(int index, R result) {
        return new BatchEntry<>(index, result, null);
    }

    /** A failed item. */
    public static <R> BatchEntry<R> failure(int index, Throwable error) {
        return new BatchEntry<>(index, null, error);
    }

    /** Whether the item was recognised. */
    public boolean succeeded() {
        return error == null;
    }

    /** How many entries failed: the value of the {@code CamelHuaweiOcrBatchFailures} header. */
    public static long countFailures(Collection<? extends BatchEntry<?>> entries) {
        return entries.stream().filter(e -> !e.succeeded()).count();
    }

    @Override
    public String toString() {
        return "BatchEntry[" + index + ", " + (succeeded() ? "result=" + result
                : "error=" + error.getClass().getSimpleName() + ": " + error.getMessage()) + "]";
    }
}
