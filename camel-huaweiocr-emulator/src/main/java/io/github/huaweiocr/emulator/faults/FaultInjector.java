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
package io.github.huaweiocr.emulator.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Decides, call by call, which faults hit. One random generator serves every decision, so with a fixed seed the same
 * sequence of calls meets the same faults.
 */
public final class FaultInjector {

    /**
     * What happens to one call.
     *
     * @param latency extra delay before answering
     * @param action  the fault that replaces the normal answer, or null
     */
    public record Decision(Duration latency, FaultSpec.Type action) {
        static final Decision NONE = new Decision(Duration.ZERO, null);
    }

    private static final class Active {
        final FaultSpec spec;
        int remaining;

        Active(FaultSpec spec) {
            this.spec = spec;
            this.remaining = spec.nextCalls();
        }
    }

    private final List<Active> active = new ArrayList<>();
    private final Random random;

    public FaultInjector(long seed) {
        this.random = new Random(seed);
    }

    public synchronized void add(FaultSpec spec) {
        active.add(new Active(spec));
    }

    public synchronized void clear() {
        active.clear();
    }

    public synchronized List<FaultSpec> faults() {
        return active.stream().map(a -> a.spec).toList();
    }

    /** Rolls the dice for a call to {@code segment}; consumes one use of every fault that hits. */
    public synchronized Decision decide(String segment) {
        if (active.isEmpty()) {
            return Decision.NONE;
        }
        Duration latency = Duration.ZERO;
        FaultSpec.Type action = null;
        Iterator<Active> it = active.iterator();
        while (it.hasNext()) {
            Active fault = it.next();
            FaultSpec spec = fault.spec;
            boolean applies = spec.operation() == null || spec.operation().equals(segment);
            // a terminal fault already chosen leaves later terminal faults unused (and their counters untouched)
            if (!applies || (action != null && spec.type() != FaultSpec.Type.LATENCY)) {
                continue;
            }
            if (spec.probability() < 1.0 && random.nextDouble() >= spec.probability()) {
                continue;
            }
            if (spec.type() == FaultSpec.Type.LATENCY) {
                latency = latency.plus(drawLatency(spec));
            } else {
                action = spec.type();
            }
            if (fault.remaining > 0 && --fault.remaining == 0) {
                it.remove();
            }
        }
        return new Decision(latency, action);
    }

    private Duration drawLatency(FaultSpec spec) {
        long min = spec.minLatency().toMillis();
        long max = spec.maxLatency().toMillis();
        return Duration.ofMillis(max == min ? min : min + (long) (random.nextDouble() * (max - min + 1)));
    }
}
