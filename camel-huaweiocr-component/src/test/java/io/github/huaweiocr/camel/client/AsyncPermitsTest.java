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
package io.github.huaweiocr.camel.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

/** The non-blocking semaphore: bounds the work, queues the rest in order, survives cancellation. */
class AsyncPermitsTest {

    @Test
    void excessWorkWaitsInOrderAndStartsWhenAPermitIsReturned() {
        AsyncPermits permits = new AsyncPermits(2);
        List<Sinks.One<String>> gates = new ArrayList<>();
        List<Integer> started = new ArrayList<>();
        List<String> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            Sinks.One<String> gate = Sinks.one();
            gates.add(gate);
            permits.withPermit(p -> {
                started.add(n);
                return gate.asMono();
            }).subscribe(results::add);
        }
        assertThat(started).containsExactly(0, 1);
        assertThat(permits.waiting()).isEqualTo(3);

        gates.get(1).tryEmitValue("one");
        assertThat(started).containsExactly(0, 1, 2);
        gates.get(0).tryEmitError(new IllegalStateException("failed work returns its permit too"));
        assertThat(started).containsExactly(0, 1, 2, 3);
        gates.get(2).tryEmitValue("two");
        gates.get(3).tryEmitValue("three");
        gates.get(4).tryEmitValue("four");

        assertThat(results).containsExactly("one", "two", "three", "four");
        assertThat(permits.inUse()).isZero();
        assertThat(permits.waiting()).isZero();
    }

    @Test
    void theNextCallStartedByAResultOrAnErrorFindsThePermitFree() {
        AsyncPermits permits = new AsyncPermits(1);
        List<String> seen = new ArrayList<>();
        permits.withPermit(p -> Mono.just("first")).subscribe(first -> {
            seen.add(first + " with " + permits.inUse() + " in use");
            permits.withPermit(p -> Mono.<String>error(new IllegalStateException("second"))).subscribe(null,
                    second -> {
                        seen.add(second.getMessage() + " with " + permits.inUse() + " in use");
                        permits.withPermit(p -> Mono.just("third")).subscribe(third -> seen.add(third + " with "
                                + permits.waiting() + " waiting"));
                    });
        });

        assertThat(seen).containsExactly("first with 0 in use", "second with 0 in use", "third with 0 waiting");
        assertThat(permits.inUse()).isZero();
    }

    @Test
    void cancelledWaitersAndCancelledWorkGiveTheirPlaceBack() {
        AsyncPermits permits = new AsyncPermits(1);
        Sinks.One<String> gate = Sinks.one();
        Disposable running = permits.withPermit(p -> gate.asMono()).subscribe();
        Disposable waiting = permits.withPermit(p -> Mono.just("never")).subscribe();
        AtomicInteger ran = new AtomicInteger();
        permits.withPermit(p -> Mono.fromRunnable(ran::incrementAndGet)).subscribe();
        assertThat(permits.waiting()).isEqualTo(2);

        waiting.dispose();
        assertThat(permits.waiting()).isEqualTo(1);
        running.dispose();

        assertThat(ran.get()).isEqualTo(1);
        assertThat(permits.inUse()).isZero();
    }
}
