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
package io.github.huaweiocr.camel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.huaweiocr.camel.client.OcrClient;
import io.github.huaweiocr.camel.client.OcrClientSettings;
import io.github.huaweiocr.camel.job.Assembler;
import io.github.huaweiocr.camel.job.JobSettings;
import io.github.huaweiocr.camel.job.Runner;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

/**
 * Recognise documents with one of the 52 Huawei Cloud OCR APIs: the message body is the document, the body becomes
 * the recognition result.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "huaweiocr", title = "Huawei Cloud OCR", syntax = "huaweiocr:operation",
             category = { Category.AI, Category.CLOUD, Category.DOCUMENT }, producerOnly = true,
             headersClass = HuaweiOcrConstants.class)
public class HuaweiOcrEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(HuaweiOcrEndpoint.class);

    @UriPath(description = "The OCR operation: the camelCase form of the API's path segment (general-text is"
                           + " generalText). The CamelHuaweiOcrOperation header overrides it per message.",
             enums = "acceptanceBill,autoClassification,autoIdDocClassification,bankReceipt,bankcard,businessCard,"
                     + "businessLicense,cambodianIdcard,chileIdCard,colombiaIdCard,driverLicense,exitEntryPermit,"
                     + "financialStatement,flightItinerary,generalTable,generalText,handwriting,healthCode,hkIdCard,"
                     + "householdRegister,idCard,idDocument,insurancePolicy,invoiceVerification,licensePlate,"
                     + "macaoIdCard,mainlandTravelPermit,mvsInvoice,myanmarDriverLicense,myanmarIdCard,passport,"
                     + "pcrTestRecord,peruIdCard,transportationQualificationCertificate,quotaInvoice,"
                     + "realEstateCertificate,seal,smartDocumentRecognizer,taxiInvoice,thailandIdCard,"
                     + "thailandLicensePlate,tollInvoice,trainTicket,transportationLicense,vatInvoice,"
                     + "vehicleCertificate,vehicleLicense,vietnamIdCard,waybillElectronic,webImage,customTemplate,vin")
    @Metadata(required = true)
    private String operation;

    @UriParam
    private HuaweiOcrConfiguration configuration;

    private HuaweiOcrOperation ocrOperation;
    private OcrClientSettings settings;
    private ExchangeBinding binding;
    private Runner runner;
    private Assembler assembler;
    private OcrClient client;
    private boolean ownsClient;

    public HuaweiOcrEndpoint(String uri, HuaweiOcrComponent component, String operation,
                             HuaweiOcrConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    /**
     * Checks the options and resolves everything that does not change per message, so a wrong option fails when the
     * route is built.
     *
     * @throws IllegalArgumentException naming the problem and the valid choices
     */
    void resolve() {
        ocrOperation = HuaweiOcrOperation.fromName(operation);
        JobSettings jobSettings = JobSettingsResolver.resolve(configuration, ocrOperation);
        binding = new ExchangeBinding(jobSettings, configuration.isObjectInput());
        runner = new Runner(jobSettings, getComponent()::obsResolver);
        assembler = new Assembler(jobSettings);
        if (configuration.getOcrClient() == null) {
            settings = ClientSettingsResolver.resolve(configuration, getCamelContext());
            if (settings.ignoreSslVerification()) {
                LOG.warn("huaweiocr endpoint for {} accepts any TLS certificate (ignoreSslVerification=true): calls can"
                         + " be intercepted. Use it only for testing", ocrOperation.uriName());
            }
        }
    }

    @Override
    public Producer createProducer() {
        return new HuaweiOcrProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("huaweiocr is a producer only: use it in to(...)");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.getOcrClient() != null) {
            client = configuration.getOcrClient();
            ownsClient = false;
        } else {
            client = getComponent().transport(settings.maxConnections()).newClient(settings);
            ownsClient = true;
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (ownsClient && client != null) {
            client.close();
        }
        client = null;
        super.doStop();
    }

    @Override
    public HuaweiOcrComponent getComponent() {
        return (HuaweiOcrComponent) super.getComponent();
    }

    /** The operation of this endpoint. */
    public HuaweiOcrOperation getOcrOperation() {
        return ocrOperation;
    }

    /** Reads each message into a job and writes each outcome back. */
    ExchangeBinding getBinding() {
        return binding;
    }

    /** Carries out each message's calls (objects, PDF pages, batch items). */
    Runner getRunner() {
        return runner;
    }

    /** Turns what the calls gave into the body and header values. */
    Assembler getAssembler() {
        return assembler;
    }

    /**
     * Why the quota store shared by the replicas is not used right now (unreachable, so this node paces on its own),
     * or empty when it answers or there is none.
     */
    public Optional<String> quotaStoreProblem() {
        if (!ownsClient || client == null || configuration.getQuotaStore() == null) {
            return Optional.empty();
        }
        return getComponent().transport(settings.maxConnections()).quotas().storeProblem();
    }

    /** The client calls go through; set while the endpoint is started. */
    public OcrClient getClient() {
        return client;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public HuaweiOcrConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(HuaweiOcrConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return settings == null || settings.endpoint() == null ? null : settings.endpoint().toString();
    }

    @Override
    public String getServiceProtocol() {
        return settings == null || settings.endpoint() == null ? null : settings.endpoint().getScheme();
    }

    /** Where calls go; never credentials. */
    @Override
    public Map<String, String> getServiceMetadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("operation", ocrOperation == null ? operation : ocrOperation.segment());
        if (settings != null) {
            putIfSet(metadata, "region", settings.region());
            putIfSet(metadata, "projectId", settings.projectId());
            putIfSet(metadata, "authMode", String.valueOf(settings.authMode()));
        }
        return metadata;
    }

    private static void putIfSet(Map<String, String> metadata, String key, String value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }
}
