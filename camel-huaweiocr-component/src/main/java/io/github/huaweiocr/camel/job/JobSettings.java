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

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import io.github.huaweiocr.camel.obs.ObsInputMode;
import io.github.huaweiocr.camel.obs.ObsSettings;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.result.OutputType;

/**
 * How an endpoint turns documents into calls and answers into a body, resolved and checked once when the endpoint
 * is created and trusted from then on. Immutable; built by name with {@link #builder()}.
 */
public final class JobSettings {

    private final HuaweiOcrOperation operation;
    private final OutputType outputType;
    private final Map<String, Object> endpointParameters;
    private final Map<String, Object> boundEndpointParameters;
    private final String parametersOrigin;
    private final String enterpriseProjectId;
    private final int pdfDpi;
    private final int maxPages;
    private final String pages;
    private final Double confidenceThreshold;
    private final boolean autoDownscale;
    private final int maxConcurrentRequests;
    private final boolean batchFailFast;
    private final ObsInputMode obsInputMode;
    private final Supplier<ObsSettings> obsSettings;

    private JobSettings(Builder b) {
        this.operation = Objects.requireNonNull(b.operation, "operation");
        this.outputType = Objects.requireNonNull(b.outputType, "outputType");
        this.endpointParameters = Map.copyOf(b.endpointParameters);
        this.boundEndpointParameters = Map.copyOf(Objects.requireNonNull(b.boundEndpointParameters,
                "boundEndpointParameters"));
        this.parametersOrigin = Objects.requireNonNull(b.parametersOrigin, "parametersOrigin");
        this.enterpriseProjectId = b.enterpriseProjectId;
        this.pdfDpi = b.pdfDpi;
        this.maxPages = b.maxPages;
        this.pages = b.pages;
        this.confidenceThreshold = b.confidenceThreshold;
        this.autoDownscale = b.autoDownscale;
        this.maxConcurrentRequests = b.maxConcurrentRequests;
        this.batchFailFast = b.batchFailFast;
        this.obsInputMode = Objects.requireNonNull(b.obsInputMode, "obsInputMode");
        this.obsSettings = Objects.requireNonNull(b.obsSettings, "obsSettings");
    }

    /** An empty builder: the endpoint's resolver (or a test) sets every value. */
    public static Builder builder() {
        return new Builder();
    }

    /** The endpoint's operation (a message may choose another). */
    public HuaweiOcrOperation operation() {
        return operation;
    }

    /** What the body becomes. */
    public OutputType outputType() {
        return outputType;
    }

    /** The {@code param.*} options as given (Strings), bound again when a message chooses another operation. */
    public Map<String, Object> endpointParameters() {
        return endpointParameters;
    }

    /** The {@code param.*} options bound to the endpoint's operation. */
    public Map<String, Object> boundEndpointParameters() {
        return boundEndpointParameters;
    }

    /** The name given to per-message request fields in messages (the header they come from). */
    public String parametersOrigin() {
        return parametersOrigin;
    }

    /** Sent as {@code Enterprise-Project-Id} when not null. */
    public String enterpriseProjectId() {
        return enterpriseProjectId;
    }

    /** Resolution at which PDF pages are rendered for APIs that do not read PDF. */
    public int pdfDpi() {
        return pdfDpi;
    }

    /** The most pages of one PDF sent. */
    public int maxPages() {
        return maxPages;
    }

    /** The page selection ({@code 1-3,5}), or null for every page. */
    public String pages() {
        return pages;
    }

    /** Confidence below which a field is flagged for review, or null for no review. */
    public Double confidenceThreshold() {
        return confidenceThreshold;
    }

    /** Whether an image over the operation's pixel or byte limits is shrunk instead of refused. */
    public boolean autoDownscale() {
        return autoDownscale;
    }

    /** The most pages or batch items in flight for one message. */
    public int maxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /** Whether the first failed batch item fails the whole message. */
    public boolean batchFailFast() {
        return batchFailFast;
    }

    /** Whether an object is sent as a presigned URL or downloaded. */
    public ObsInputMode obsInputMode() {
        return obsInputMode;
    }

    /**
     * The object store to read objects from; asked each time an object is read, since credentials may come from a
     * provider that rotates them.
     *
     * @throws io.github.huaweiocr.camel.error.HuaweiOcrInputException when the store cannot be reached as configured
     */
    public ObsSettings obsSettings() {
        return obsSettings.get();
    }

    /** Sets {@link JobSettings} by name. */
    public static final class Builder {
        private HuaweiOcrOperation operation;
        private OutputType outputType;
        private Map<String, Object> endpointParameters = Map.of();
        private Map<String, Object> boundEndpointParameters;
        private String parametersOrigin;
        private String enterpriseProjectId;
        private int pdfDpi;
        private int maxPages;
        private String pages;
        private Double confidenceThreshold;
        private boolean autoDownscale;
        private int maxConcurrentRequests;
        private boolean batchFailFast;
        private ObsInputMode obsInputMode;
        private Supplier<ObsSettings> obsSettings;

        private Builder() {
        }

        /** The endpoint's operation. */
        public Builder operation(HuaweiOcrOperation value) {
            this.operation = value;
            return this;
        }

        /** What the body becomes. */
        public Builder outputType(OutputType value) {
            this.outputType = value;
            return this;
        }

        /** The {@code param.*} options as given, and bound to the endpoint's operation. */
        public Builder endpointParameters(Map<String, Object> raw, Map<String, Object> bound) {
            this.endpointParameters = raw;
            this.boundEndpointParameters = bound;
            return this;
        }

        /** The name given to per-message request fields in messages. */
        public Builder parametersOrigin(String value) {
            this.parametersOrigin = value;
            return this;
        }

        /** Sent as {@code Enterprise-Project-Id} when not null. */
        public Builder enterpriseProjectId(String value) {
            this.enterpriseProjectId = value;
            return this;
        }

        /** Resolution of rendered PDF pages. */
        public Builder pdfDpi(int value) {
            this.pdfDpi = value;
            return this;
        }

        /** The most pages of one PDF sent. */
        public Builder maxPages(int value) {
            this.maxPages = value;
            return this;
        }

        /** The page selection, or null for every page. */
        public Builder pages(String value) {
            this.pages = value;
            return this;
        }

        /** Confidence below which a field is flagged, or null. */
        public Builder confidenceThreshold(Double value) {
            this.confidenceThreshold = value;
            return this;
        }

        /** Whether oversized images are shrunk. */
        public Builder autoDownscale(boolean value) {
            this.autoDownscale = value;
            return this;
        }

        /** The most pages or batch items in flight for one message. */
        public Builder maxConcurrentRequests(int value) {
            this.maxConcurrentRequests = value;
            return this;
        }

        /** Whether the first failed batch item fails the message. */
        public Builder batchFailFast(boolean value) {
            this.batchFailFast = value;
            return this;
        }

        /** Presigned URL or download. */
        public Builder obsInputMode(ObsInputMode value) {
            this.obsInputMode = value;
            return this;
        }

        /** The object store, asked each time an object is read. */
        public Builder obsSettings(Supplier<ObsSettings> value) {
            this.obsSettings = value;
            return this;
        }

        /**
         * @throws NullPointerException when the operation, output type, bound parameters, their origin, the object
         *                              input mode or the store settings are missing
         */
        public JobSettings build() {
            return new JobSettings(this);
        }
    }
}
