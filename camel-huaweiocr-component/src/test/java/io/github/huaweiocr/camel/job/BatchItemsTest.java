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

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.huaweiocr.camel.error.BatchItemFailedException;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchItemsTest {

    @Test
    void collectionsAndObjectArraysAreBatchesButByteArraysAndStringsAreNot() {
        assertThat(BatchItems.isBatch(List.of("a"))).isTrue();
        assertThat(BatchItems.isBatch(Set.of("a"))).isTrue();
        assertThat(BatchItems.isBatch(new Object[] {"a"})).isTrue();
        assertThat(BatchItems.isBatch(new byte[][] {{1}, {2}})).isTrue();
        assertThat(BatchItems.isBatch(new byte[] {1, 2})).isFalse();
        assertThat(BatchItems.isBatch("a")).isFalse();
        assertThat(BatchItems.isBatch(null)).isFalse();
    }

    @Test
    void itemsKeepTheirIterationOrderAndNulls() {
        Set<String> set = new LinkedHashSet<>(List.of("c", "a", "b"));
        assertThat(BatchItems.items(set)).containsExactly("c", "a", "b");
        assertThat(BatchItems.items(new String[] {"x", null, "y"})).containsExactly("x", null, "y");
        assertThat(BatchItems.items(new byte[][] {{1}, {2}})).hasSize(2);
    }

    @Test
    void aHundredItemsWithTenPercentFailuresGiveAHundredEntriesInInputOrder() {
        List<Integer> items = IntStream.range(0, 100).boxed().toList();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();

        List<BatchEntry<String>> entries = BatchItems.run(items, i -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            // Later items finish first, so order can only come from the runner, not from completion order.
            Mono<String> call = i % 10 == 3
                    ? Mono.error(new HuaweiOcrInputException("item " + i + " is not an image"))
                    : Mono.just("result " + i);
            return call.delayElement(Duration.ofMillis(100 - i)).doOnTerminate(inFlight::decrementAndGet);
        }, 8, false).block();

        assertThat(entries).hasSize(100);
        assertThat(entries).extracting(BatchEntry::index).containsExactlyElementsOf(items);
        assertThat(BatchEntry.countFailures(entries)).isEqualTo(10);
        assertThat(entries.get(13).error()).isInstanceOf(HuaweiOcrInputException.class)
                .hasMessage("item 13 is not an image");
        assertThat(entries.get(13).result()).isNull();
        assertThat(entries.get(14).result()).isEqualTo("result 14");
        assertThat(maxInFlight.get()).isLessThanOrEqualTo(8).isGreaterThan(1);
    }

    @Test
    void failFastStopsAtTheFirstFailureWithTheItemsTypedError() {
        List<Integer> items = IntStream.range(0, 50).boxed().toList();
        List<Integer> started = new ArrayList<>();
        HuaweiOcrException boom = new HuaweiOcrException("throttled") {
            @Override
            public boolean isRetryable() {
                return true;
            }
        };

        Mono<List<BatchEntry<Integer>>> run = BatchItems.run(items, i -> {
            synchronized (started) {
                started.add(i);
            }
            return i == 5 ? Mono.error(boom) : Mono.just(i);
        }, 1, true);

        assertThatThrownBy(run::block).isInstanceOf(BatchItemFailedException.class)
                .hasMessageContaining("Batch item 5 of 50").hasMessageContaining("throttled")
                .hasCause(boom)
                .satisfies(e -> assertThat(((BatchItemFailedException) e).isRetryable()).isTrue())
                .satisfies(e -> assertThat(((BatchItemFailedException) e).getIndex()).isEqualTo(5));
        assertThat(started).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aNullItemOrAThrowingCallFailsOnlyItsOwnEntry() {
        List<String> items = new ArrayList<>();
        items.add("ok");
        items.add(null);
        items.add("throws");

        List<BatchEntry<String>> entries = BatchItems.run(items, s -> {
            if (s.equals("throws")) {
                throw new IllegalStateException("bad item");
            }
            return Mono.just(s.toUpperCase());
        }, 4, false).block();

        assertThat(entries.get(0).result()).isEqualTo("OK");
        assertThat(entries.get(1).error()).isInstanceOf(HuaweiOcrInputException.class).hasMessageContaining("item 1 is null");
        assertThat(entries.get(2).error()).hasMessage("bad item");
        assertThat(entries.get(2).error()).isNotInstanceOf(HuaweiOcrException.class);
    }

    @Test
    void anEmptyBatchGivesNoEntriesAndAZeroConcurrencyIsRefused() {
        assertThat(BatchItems.run(List.<String>of(), Mono::just, 4, true).block()).isEmpty();
        assertThatThrownBy(() -> BatchItems.run(List.of("a"), Mono::just, 0, true))
                .hasMessageContaining("at least 1");
    }
}
