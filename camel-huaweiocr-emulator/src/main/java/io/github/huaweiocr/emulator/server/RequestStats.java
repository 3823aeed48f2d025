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
package io.github.huaweiocr.emulator.server;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Counters behind {@code GET /_emulator/stats}: every request outside the admin API, by operation (requests that
 * reached an OCR operation, whatever their outcome), by HTTP status and by error code, and how many OCR request bodies
 * repeated one seen before for the same operation (so tests can count a client's retries and duplicates). Only the
 * first {@value #MAX_REMEMBERED_BODIES} distinct bodies since the last reset are remembered. Well-formed OCR requests
 * are also counted by how they carried the document ({@code image} for base64 in {@code image} or {@code data},
 * {@code url}, or {@code none}), so a test can prove that no document bytes were sent.
 *
 * <p>Successful recognitions are counted per document (the operation, the document's bytes however they came, and
 * the other request fields such as a PDF page number): the number of distinct documents recognised, how many were
 * recognised more than once and how many recognitions repeated an earlier one. Unlike duplicate bodies, a call
 * retried after a 429 or a lost connection is recognised once, so these counters say how many documents were paid
 * for more than once, whichever client or replica sent them.
 */
public final class RequestStats {

    private final LongAdder total = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final Map<String, LongAdder> byOperation = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byErrorCode = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byInput = new ConcurrentHashMap<>();
    /** Bodies remembered for duplicate detection: 64 bits of their hash, at most this many (bounded memory). */
    static final int MAX_REMEMBERED_BODIES = 500_000;

    private final Set<Long> bodies = ConcurrentHashMap.newKeySet();

    private final LongAdder recognitions = new LongAdder();
    private final LongAdder repeatRecognitions = new LongAdder();
    private final LongAdder documentsRecognisedMoreThanOnce = new LongAdder();
    /** Times each document was recognised, by 64 bits of its key; bounded like {@link #bodies}. */
    private final Map<Long, LongAdder> recognitionsByDocument = new ConcurrentHashMap<>();

    void request() {
        total.increment();
    }

    void operation(String segment, String bodySha256) {
        byOperation.computeIfAbsent(segment, k -> new LongAdder()).increment();
        long key = Long.parseUnsignedLong(bodySha256.substring(0, 16), 16) ^ segment.hashCode();
        boolean seen = bodies.size() < MAX_REMEMBERED_BODIES ? !bodies.add(key) : bodies.contains(key);
        if (seen) {
            duplicates.increment();
        }
    }

    /**
     * A successful recognition (an answer Huawei bills).
     *
     * @param documentSha256 hex SHA-256 of the document's key: operation, bytes and other request fields
     */
    void recognised(String documentSha256) {
        recognitions.increment();
        long key = Long.parseUnsignedLong(documentSha256.substring(0, 16), 16);
        LongAdder times = recognitionsByDocument.size() < MAX_REMEMBERED_BODIES
                ? recognitionsByDocument.computeIfAbsent(key, k -> new LongAdder()) : recognitionsByDocument.get(key);
        if (times == null) {
            return;
        }
        synchronized (times) {
            times.increment();
            if (times.sum() > 1) {
                repeatRecognitions.increment();
                if (times.sum() == 2) {
                    documentsRecognisedMoreThanOnce.increment();
                }
            }
        }
    }

    /** @param kind {@code image}, {@code url} or {@code none} */
    void input(String kind) {
        byInput.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    void answered(int status, String errorCode) {
        byStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
        if (errorCode != null) {
            byErrorCode.computeIfAbsent(errorCode, k -> new LongAdder()).increment();
        }
    }

    public void reset() {
        total.reset();
        duplicates.reset();
        byOperation.clear();
        byStatus.clear();
        byErrorCode.clear();
        byInput.clear();
        bodies.clear();
        recognitions.reset();
        repeatRecognitions.reset();
        documentsRecognisedMoreThanOnce.reset();
        recognitionsByDocument.clear();
    }

    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode json = f.objectNode();
        json.put("totalRequests", total.sum());
        json.put("duplicateBodies", duplicates.sum());
        ObjectNode ops = json.putObject("byOperation");
        new TreeMap<>(byOperation).forEach((k, v) -> ops.put(k, v.sum()));
        ObjectNode statuses = json.putObject("byStatus");
        new TreeMap<>(byStatus).forEach((k, v) -> statuses.put(String.valueOf(k), v.sum()));
        ObjectNode codes = json.putObject("byErrorCode");
        new TreeMap<>(byErrorCode).forEach((k, v) -> codes.put(k, v.sum()));
        ObjectNode inputs = json.putObject("byInput");
        new TreeMap<>(byInput).forEach((k, v) -> inputs.put(k, v.sum()));
        ObjectNode recognised = json.putObject("recognitions");
        recognised.put("total", recognitions.sum());
        recognised.put("distinctDocuments", recognitionsByDocument.size());
        recognised.put("documentsRecognisedMoreThanOnce", documentsRecognisedMoreThanOnce.sum());
        recognised.put("repeatRecognitions", repeatRecognitions.sum());
        return json;
    }
}
