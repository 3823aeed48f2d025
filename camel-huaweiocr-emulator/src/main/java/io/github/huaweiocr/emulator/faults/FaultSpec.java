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
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A fault to inject into OCR calls: what happens, to which operation (all when none is named), with which probability
 * and for how many calls. Immutable; each {@code with}-style method returns a copy.
 *
 * <pre>{@code
 * FaultSpec.throttle().probability(0.3)
 * FaultSpec.backendTimeout().nextCalls(2).operation("general-text")
 * FaultSpec.latency(Duration.ofSeconds(1))
 * }</pre>
 */
public final class FaultSpec {

    /** What the fault does to a call. */
    public enum Type {
        /** 429 APIG.0308, as when the per-minute quota is exhausted. */
        THROTTLE,
        /** 504 APIG.0201 "Backend timeout.". */
        BACKEND_TIMEOUT,
        /** 500 with a body that is not JSON. */
        SERVER_ERROR,
        /** Delays the answer (the call itself still proceeds). */
        LATENCY,
        /** Closes the connection with a TCP reset before any response byte. */
        CONNECTION_RESET,
        /** Announces a longer Content-Length than it sends, then closes the connection. */
        TRUNCATED_BODY
    }

    private final Type type;
    private final String operation;
    private final double probability;
    private final int nextCalls;
    private final Duration minLatency;
    private final Duration maxLatency;

    private FaultSpec(Type type, String operation, double probability, int nextCalls, Duration minLatency,
                      Duration maxLatency) {
        this.type = Objects.requireNonNull(type, "type");
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be within 0..1: " + probability);
        }
        if (nextCalls < 0) {
            throw new IllegalArgumentException("nextCalls must not be negative");
        }
        this.operation = operation;
        this.probability = probability;
        this.nextCalls = nextCalls;
        this.minLatency = minLatency;
        this.maxLatency = maxLatency;
    }

    private static FaultSpec of(Type type) {
        return new FaultSpec(type, null, 1.0, 0, Duration.ZERO, Duration.ZERO);
    }

    public static FaultSpec throttle() {
        return of(Type.THROTTLE);
    }

    public static FaultSpec backendTimeout() {
        return of(Type.BACKEND_TIMEOUT);
    }

    public static FaultSpec serverError() {
        return of(Type.SERVER_ERROR);
    }

    public static FaultSpec connectionReset() {
        return of(Type.CONNECTION_RESET);
    }

    public static FaultSpec truncatedBody() {
        return of(Type.TRUNCATED_BODY);
    }

    /** A fixed added latency. */
    public static FaultSpec latency(Duration latency) {
        return latency(latency, latency);
    }

    /** An added latency drawn uniformly from {@code [min, max]}. */
    public static FaultSpec latency(Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("latency range must satisfy 0 <= min <= max");
        }
        return new FaultSpec(Type.LATENCY, null, 1.0, 0, min, max);
    }

    /** Limits the fault to one operation (path segment, e.g. {@code general-text}). */
    public FaultSpec operation(String segment) {
        return new FaultSpec(type, segment, probability, nextCalls, minLatency, maxLatency);
    }

    /** The chance that a matching call is hit (1.0 by default). */
    public FaultSpec probability(double probability) {
        return new FaultSpec(type, operation, probability, nextCalls, minLatency, maxLatency);
    }

    /** Hits only the next {@code calls} matching calls, then retires; 0 (the default) means without end. */
    public FaultSpec nextCalls(int calls) {
        return new FaultSpec(type, operation, probability, calls, minLatency, maxLatency);
    }

    public Type type() {
        return type;
    }

    /** The operation it applies to, or null for all. */
    public String operation() {
        return operation;
    }

    public double probability() {
        return probability;
    }

    public int nextCalls() {
        return nextCalls;
    }

    public Duration minLatency() {
        return minLatency;
    }

    public Duration maxLatency() {
        return maxLatency;
    }

    /** The JSON form used by the admin API. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("type", type.name().toLowerCase(Locale.ROOT));
        if (operation != null) {
            json.put("operation", operation);
        }
        json.put("probability", probability);
        json.put("nextCalls", nextCalls);
        if (type == Type.LATENCY) {
            json.put("minLatencyMs", minLatency.toMillis());
            json.put("maxLatencyMs", maxLatency.toMillis());
        }
        return json;
    }

    /** Reads the admin API's JSON form; unknown types or bad values throw {@link IllegalArgumentException}. */
    public static FaultSpec fromJson(JsonNode json) {
        if (json == null || !json.path("type").isTextual()) {
            throw new IllegalArgumentException("a fault needs a \"type\"");
        }
        Type type = Type.valueOf(json.path("type").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
        Duration min = Duration.ofMillis(json.path("minLatencyMs").asLong(json.path("latencyMs").asLong(0)));
        Duration max = Duration.ofMillis(json.path("maxLatencyMs").asLong(min.toMillis()));
        FaultSpec spec = type == Type.LATENCY ? latency(min, max) : of(type);
        String operation = json.path("operation").isTextual() ? json.path("operation").asText() : null;
        return new FaultSpec(type, operation, json.path("probability").asDouble(1.0), json.path("nextCalls").asInt(0),
                spec.minLatency, spec.maxLatency);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaultSpec other && toJson().equals(other.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return "FaultSpec" + toJson();
    }
}
