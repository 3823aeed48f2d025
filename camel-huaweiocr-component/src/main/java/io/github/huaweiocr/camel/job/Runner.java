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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.github.huaweiocr.camel.client.OcrClient;
import io.github.huaweiocr.camel.error.HuaweiOcrException;
import io.github.huaweiocr.camel.input.DocumentReader;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.input.ImageDownscaler;
import io.github.huaweiocr.camel.input.PdfDocumentReader;
import io.github.huaweiocr.camel.input.PdfPageInput;
import io.github.huaweiocr.camel.input.PdfSource;
import io.github.huaweiocr.camel.obs.ObjectReference;
import io.github.huaweiocr.camel.obs.ObsInputMode;
import io.github.huaweiocr.camel.obs.ObsObjectResolver;
import io.github.huaweiocr.camel.obs.ObsSettings;

/**
 * Carries out what the {@link Planner} decides: fetches objects, opens PDFs, renders pages and shrinks images off the
 * event loop, and sends the calls through the client, at most {@code maxConcurrentRequests} pages or batch items of
 * one message in flight. Never blocks a thread; the only class of the middle that does I/O.
 */
public final class Runner {

    private final JobSettings settings;
    private final Planner planner;
    private final CallBuilder calls;
    private final Function<ObsSettings, ObsObjectResolver> resolvers;

    /**
     * @param resolvers the component's object-store clients, one per distinct store configuration
     */
    public Runner(JobSettings settings, Function<ObsSettings, ObsObjectResolver> resolvers) {
        this.settings = settings;
        this.planner = new Planner(settings);
        this.calls = new CallBuilder(settings);
        this.resolvers = resolvers;
    }

    /** Recognises the job with {@code client}; fails with the typed error that stopped it. */
    public Mono<Recognized> run(OcrJob job, OcrClient client) {
        return Mono.defer(() -> input(job, job.input(), client));
    }

    private Mono<Recognized> input(OcrJob job, JobInput input, OcrClient client) {
        Plan plan = planner.plan(job.operation(), input);
        if (plan instanceof Plan.Call call) {
            return single(job, call.document(), call.bodyFields(), Map.of(), client);
        }
        if (plan instanceof Plan.Downscale downscale) {
            // Decoding and re-encoding an image is CPU work: off the event loop.
            return offloaded("Shrinking the image", () -> ImageDownscaler.fit(Planner.exact(downscale.image()),
                            downscale.image().format(), job.operation()).toSource())
                    .flatMap(fitted -> single(job, fitted, null, Map.of(), client));
        }
        if (plan instanceof Plan.Pdf pdf) {
            return pdf(job, pdf.source(), client);
        }
        if (plan instanceof Plan.Fetch fetch) {
            if (fetch.mode() == ObsInputMode.DOWNLOAD) {
                return downloaded(job, fetch.reference(), client);
            }
            return resolvers.apply(settings.obsSettings()).presignForOcr(fetch.reference())
                    .flatMap(url -> input(job, new JobInput.Document(DocumentReader.url(url)), client));
        }
        JobInput.Batch batch = ((Plan.Items) plan).batch();
        return BatchItems.run(batch.items(), item -> input(job, batch.reader().apply(item), client),
                        settings.maxConcurrentRequests(), settings.batchFailFast())
                .map(Recognized.Batched::new);
    }

    /**
     * The object read as a stream body is: its bytes when it fits one call, else, when it is a PDF, a temporary copy
     * read page by page and deleted when the document's calls are done, whatever their outcome, cancellation included.
     * A larger object of another kind is refused before it is downloaded.
     */
    private Mono<Recognized> downloaded(OcrJob job, ObjectReference ref, OcrClient client) {
        ObsObjectResolver resolver = resolvers.apply(settings.obsSettings());
        return Mono.using(TemporaryCopy::new, copy -> resolver.downloadAsync(ref, DocumentReader::isPdf,
                                in -> DocumentReader.settle(in, copy))
                        .flatMap(settled -> input(job, JobInput.of(settled), client)),
                TemporaryCopy::delete);
    }

    /**
     * One call per selected page, in parallel within maxConcurrentRequests; a failed page stays in its entry. A page
     * is cut out or rendered when its call is about to start, and only its answer is kept once it is answered, so
     * the heap holds the pages in flight and the results, never every page's image.
     */
    private Mono<Recognized> pdf(OcrJob job, PdfSource pdf, OcrClient client) {
        return Mono.using(heapGuarded("Opening the PDF", pdf::open), reader -> {
            Plan.Pages pages = planner.pages(job.operation(), pdf.length(), reader.pageCount());
            if (pages.oneCall()) {
                return offloaded("Preparing the PDF's pages",
                                () -> pages.delivery().prepareAll(reader, pdf.bytes(), pages.pages()))
                        .flatMap(input -> page(job, input, client))
                        .map(one -> new Recognized.Entry("pages", pages.pages(), one, null))
                        .onErrorResume(e -> Mono.just(new Recognized.Entry("pages", pages.pages(), null, e)))
                        .map(entry -> (Recognized) new Recognized.Paged(pages.pageCount(), List.of(entry)));
            }
            return BatchItems.run(pages.pages(), page -> offloaded("Rendering page " + page + " of the PDF",
                                    () -> pages.delivery().prepare(reader, pdf.bytes(), page, settings.pdfDpi()))
                            .flatMap(input -> page(job, input, client)),
                            settings.maxConcurrentRequests(), false)
                    .map(entries -> {
                        List<Recognized.Entry> paged = new ArrayList<>(entries.size());
                        for (BatchEntry<Recognized> e : entries) {
                            paged.add(new Recognized.Entry("page", pages.pages().get(e.index()), e.result(),
                                    e.error()));
                        }
                        return new Recognized.Paged(pages.pageCount(), paged);
                    });
        }, Runner::close);
    }

    private Mono<Recognized> page(OcrJob job, PdfPageInput input, OcrClient client) {
        return single(job, input.source(), null, input.parameters(), client);
    }

    private Mono<Recognized> single(OcrJob job, DocumentSource document, Map<String, ?> bodyFields,
                                    Map<String, Object> pageFields, OcrClient client) {
        return Mono.defer(() -> {
            var call = calls.build(job, document, bodyFields, pageFields);
            return client.recognize(call)
                    .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                            "The OCR client completed without an answer")))
                    .map(response -> Recognized.Single.of(call, response));
        });
    }

    /** CPU and memory work (decoding, rendering, cutting pages) on a worker thread, never on the event loop. */
    private static <T> Mono<T> offloaded(String what, Callable<T> work) {
        return Mono.fromCallable(heapGuarded(what, work)).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Turns a heap that ran out into a failure of this message. Reactor lets an {@link OutOfMemoryError} escape its
     * operators instead of failing the subscriber, which would leave the exchange waiting for ever; the allocation
     * that failed (a page's image, a decoded PDF) is garbage once thrown, so the JVM can go on with other messages.
     */
    private static <T> Callable<T> heapGuarded(String what, Callable<T> work) {
        return () -> {
            try {
                return work.call();
            } catch (OutOfMemoryError e) {
                throw new HuaweiOcrException(what + " ran out of heap (the JVM may use "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): nothing was sent for it. Lower"
                        + " pdfDpi or maxConcurrentRequests, split the document, or give the JVM more heap (-Xmx)", e);
            }
        };
    }

    private static void close(PdfDocumentReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // Closing a PDF read from memory or a file only releases buffers and the file handle; nothing else
            // depends on it, and the pages' results are already in.
        }
    }
}
