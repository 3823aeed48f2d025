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
package io.github.huaweiocr.benchmarks;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.huaweiocr.benchmarks.measure.AllocationMeter;
import io.github.huaweiocr.camel.HuaweiOcrConstants;
import io.github.huaweiocr.camel.HuaweiOcrPdfPages;

/**
 * The client JVM of the {@value LargePdfRun#NAME} run, started by {@link LargePdfRun} with a bounded heap: one Camel
 * context that sends a generated scanned PDF (a {@code File} body, as a file consumer hands it over) through
 * {@code huaweiocr:generalText} with the default options, either whole (one message, one result entry per page) or
 * split with {@link HuaweiOcrPdfPages} (one exchange per page, streaming). After a warm-up document and forced
 * collections it measures: the peak heap in use (the heap in use just before every collection, when it is highest,
 * and at the end), the sum of the heap pools' own peaks (an upper bound: the pools peak at different moments), the
 * most heap in use right after a young or full collection, the heap live at the end with the result still held, and
 * the bytes every thread allocated. A page missing, failed or out of order counts as a failure. Writes the figures as JSON to the
 * file named by its last argument.
 *
 * <p>Arguments: {@code <endpoint> <project id> <access key> <secret key> <warm-up pdf> <pdf> <pages> <whole|split>
 * <result file>}.
 */
public final class LargePdfClientMain {

    private static final double MB = 1024.0 * 1024.0;

    private LargePdfClientMain() {
    }

    public static void main(String[] args) throws Exception {
        String uri = "huaweiocr:generalText?endpoint=" + args[0] + "&projectId=" + args[1] + "&accessKey=RAW("
                + args[2] + ")&secretKey=RAW(" + args[3] + ")";
        File warmup = new File(args[4]);
        File pdf = new File(args[5]);
        int pages = Integer.parseInt(args[6]);
        boolean split = "split".equals(args[7]);
        SplitCount splitCount = new SplitCount();
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:whole").to(uri);
                from("direct:split")
                        .split(HuaweiOcrPdfPages.pages()).streaming()
                            .to(uri)
                            .process(exchange -> splitCount.page(
                                    exchange.getMessage().getHeader(HuaweiOcrConstants.PDF_PAGE, Integer.class),
                                    exchange.getMessage().getBody(List.class)))
                        .end();
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        String route = split ? "direct:split" : "direct:whole";

        template.requestBody(route, warmup);
        splitCount.reset();
        double idleLiveMb = liveHeapMb();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        HeapWatch watch = HeapWatch.start();
        AllocationMeter allocation = new AllocationMeter(name -> true);
        Map<Long, Long> before = allocation.snapshot();
        long started = System.nanoTime();

        Object body = template.requestBody(route, pdf);

        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<Long, Long> after = allocation.snapshot();
        double peakUsedMb = Math.max(watch.peakBeforeGcMb(), usedHeapMb());
        double poolPeakSumMb = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / MB;
        double liveWithResultMb = liveHeapMb();
        watch.stop();
        long results;
        long failures;
        if (split) {
            results = splitCount.results();
            failures = splitCount.failures() + (pages - splitCount.results() - splitCount.failures());
        } else {
            List<?> entries = (List<?>) body;
            results = 0;
            for (int i = 0; i < entries.size(); i++) {
                Map<?, ?> entry = (Map<?, ?>) entries.get(i);
                if (Integer.valueOf(i + 1).equals(entry.get("page")) && entry.containsKey("result")) {
                    results++;
                }
            }
            failures = pages - results;
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pages", pages);
        figures.put("mode", split ? "split" : "whole");
        figures.put("pdfMb", round(pdf.length() / MB));
        figures.put("results", results);
        figures.put("failures", failures);
        figures.put("millis", millis);
        figures.put("maxHeapMb", round(Runtime.getRuntime().maxMemory() / MB));
        figures.put("peakHeapMb", round(peakUsedMb));
        figures.put("poolPeakSumMb", round(poolPeakSumMb));
        figures.put("peakAfterGcMb", round(Math.max(watch.peakAfterGcMb(), liveWithResultMb)));
        figures.put("idleLiveHeapMb", round(idleLiveMb));
        figures.put("liveHeapWithResultMb", round(liveWithResultMb));
        figures.put("allocatedMb", round(AllocationMeter.allocatedBetween(before, after) / MB));
        figures.put("collections", watch.collections());
        new ObjectMapper().writeValue(Path.of(args[8]).toFile(), figures);
        template.stop();
        context.stop();
        System.out.println("[large-pdf client] " + figures);
    }

    private static double usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
    }

    /** Heap in use after forced collections, so only what is reachable counts. */
    private static double liveHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return usedHeapMb();
    }

    private static double round(double mb) {
        return Math.round(mb * 10) / 10.0;
    }

    /** The pages of a split, checked to arrive in page order, each with one entry holding a result. */
    private static final class SplitCount {
        private final AtomicInteger expected = new AtomicInteger(1);
        private final LongAdder results = new LongAdder();
        private final LongAdder failures = new LongAdder();

        void page(Integer page, List<?> entries) {
            boolean inOrder = page != null && expected.compareAndSet(page, page + 1);
            boolean ok = entries != null && entries.size() == 1 && ((Map<?, ?>) entries.get(0)).containsKey("result");
            (inOrder && ok ? results : failures).increment();
        }

        void reset() {
            expected.set(1);
            results.reset();
            failures.reset();
        }

        long results() {
            return results.sum();
        }

        long failures() {
            return failures.sum();
        }
    }

    /** The heap in use around every collection, from the collectors' notifications. */
    private static final class HeapWatch {

        private final AtomicLong peakBefore = new AtomicLong();
        private final AtomicLong peakAfter = new AtomicLong();
        private final LongAdder collections = new LongAdder();
        private final NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            peakBefore.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
            // G1's concurrent cycle reports its remark and cleanup pauses, which free nothing: "after" them is not
            // what is live. Only the collections that evacuate or compact tell what survived.
            if (!info.getGcName().contains("Concurrent")) {
                peakAfter.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
            }
            collections.increment();
        };
        private final List<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList();

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            ManagementFactory.getGarbageCollectorMXBeans().forEach(gc ->
                    ((NotificationEmitter) gc).addNotificationListener(watch.listener, null, null));
            return watch;
        }

        private long heapUsed(Map<String, MemoryUsage> pools) {
            return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
        }

        double peakBeforeGcMb() {
            return peakBefore.get() / MB;
        }

        double peakAfterGcMb() {
            return peakAfter.get() / MB;
        }

        long collections() {
            return collections.sum();
        }

        void stop() throws Exception {
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            }
        }
    }
}
