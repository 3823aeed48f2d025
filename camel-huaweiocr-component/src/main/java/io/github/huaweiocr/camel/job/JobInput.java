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

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.github.huaweiocr.camel.input.DocumentReader;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.input.PdfSource;
import io.github.huaweiocr.camel.obs.ObjectReference;

/**
 * What a message reads: a document, a PDF file read from disk, an object to fetch first, the fields of an API without
 * image, or a batch.
 */
public sealed interface JobInput permits JobInput.Document, JobInput.PdfFile, JobInput.ObjectRef, JobInput.Fields,
        JobInput.Batch {

    /**
     * The input of a body that is not a stream (a stream is settled first, see {@link DocumentReader#settle}): a PDF
     * file larger than one call is read page by page from disk, any other body is read as
     * {@link DocumentReader#read} reads it.
     *
     * @throws io.github.huaweiocr.camel.error.HuaweiOcrInputException when the body cannot be sent as it is
     */
    static JobInput of(Object body) {
        return DocumentReader.largePdfFile(body).<JobInput>map(PdfFile::new)
                .orElseGet(() -> new Document(DocumentReader.read(body)));
    }

    /** Bytes (an image or a PDF) or a URL the service downloads, already read and sniffed. */
    record Document(DocumentSource source) implements JobInput {
        public Document {
            Objects.requireNonNull(source, "source");
        }
    }

    /** A PDF file too large for one call, recognised page by page from disk. */
    record PdfFile(PdfSource.OnDisk pdf) implements JobInput {
        public PdfFile {
            Objects.requireNonNull(pdf, "pdf");
        }
    }

    /** An object in OBS/S3: sent as a presigned URL or downloaded first, as the endpoint says. */
    record ObjectRef(ObjectReference reference) implements JobInput {
        public ObjectRef {
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** The request fields of an operation that reads no image (invoice verification). */
    record Fields(Map<String, ?> fields) implements JobInput {
        public Fields {
            fields = fields == null ? Map.of() : fields;
        }
    }

    /**
     * Several documents, each recognised on its own. Items are read only when their turn comes, so a large batch
     * never holds every document in memory at once.
     *
     * @param items  the items as given (nulls kept, so they fail in their own entry)
     * @param reader reads one item; may throw the item's typed input error
     */
    record Batch(List<Object> items, Function<Object, JobInput> reader) implements JobInput {
        public Batch {
            Objects.requireNonNull(items, "items");
            Objects.requireNonNull(reader, "reader");
        }
    }
}
