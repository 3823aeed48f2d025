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

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import io.github.huaweiocr.camel.error.BatchItemFailedException;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Batches: a message body that is a {@link Collection} or an object array holds several documents, each recognised
 * on its own call. {@link #run} calls them with bounded parallelism and answers in input order; a failure either
 * stops the batch ({@code batchFailFast=true}) or is kept in that item's {@link BatchEntry}.
 */
public final class BatchItems {

    private BatchItems() {
    }

    /**
     * Whether the body is a batch: any Collection (List, Set...) or an array of objects. A {@code byte[]} is one
     * document, not a batch; a Map is a single value too.
     */
    public static boolean isBatch(Object body) {
        return body instanceof Collection<?> || body instanceof Object[];
    }

    /** The items of a batch body, in iteration order (nulls kept, so they fail in their own entry). */
    public static List<Object> items(Object body) {
        if (body instanceof List<?> list) {
            return Collections.unmodifiableList(list);
        }
        if (body instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (body instanceof Object[]) {
            int length = Array.getLength(body);
            List<Object> list = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                list.add(Array.get(body, i));
            }
            return list;
        }
        throw new IllegalArgumentException("Not a batch body: " + (body == null ? "null" : body.getClass().getName()));
    }

    /**
     * Recognises every item with at most {@code concurrency} calls in flight and answers the entries in input order.
     *
     * @param call        one item's call; its Mono may fail with the item's typed error
     * @param concurrency the most items in flight at once (at least 1)
     * @param failFast    true: the first failure cancels the rest and fails the returned Mono with a
     *                    {@link BatchItemFailedException}; false: every item gets an entry, failed ones with their error
     */
    public static <T, R> Mono<List<BatchEntry<R>>> run(List<T> items, Function<? super T, Mono<R>> call,
                                                       int concurrency, boolean failFast) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("Batch concurrency must be at least 1, got " + concurrency);
        }
        int size = items.size();
        return Flux.range(0, size)
                .flatMapSequential(i -> one(items.get(i), i, size, call, failFast), concurrency)
                .collectList();
    }

    private static <T, R> Mono<BatchEntry<R>> one(T item, int index, int size, Function<? super T, Mono<R>> call,
                                                  boolean failFast) {
        Mono<R> result = item == null
                ? Mono.error(new HuaweiOcrInputException("Batch item " + index + " is null"))
                : Mono.defer(() -> call.apply(item));
        Mono<BatchEntry<R>> entry = result
                .map(r -> BatchEntry.success(index, r))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("Batch item " + index + " gave no result")));
        return failFast
                ? entry.onErrorMap(e -> new BatchItemFailedException(index, size, e))
                : entry.onErrorResume(e -> Mono.just(BatchEntry.failure(index, e)));
    }
}
