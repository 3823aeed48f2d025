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

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.PropertiesHelper;

import io.github.huaweiocr.camel.client.OcrTransport;
import io.github.huaweiocr.camel.obs.ObsObjectResolver;
import io.github.huaweiocr.camel.obs.ObsSettings;

/**
 * The huaweiocr component. Holds the shared configuration and the HTTP connection pool: endpoints that keep the
 * component's {@code maxConnections} share one pool, closed when the component stops.
 */
@Component("huaweiocr")
public class HuaweiOcrComponent extends HealthCheckComponent implements SSLContextParametersAware {

    private static final String PARAMETER_PREFIX = "param.";

    @Metadata(description = "The configuration shared by every endpoint; each endpoint can override any option.")
    private HuaweiOcrConfiguration configuration = new HuaweiOcrConfiguration();

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSLContextParameters of the Camel context when an endpoint sets none.")
    private boolean useGlobalSslContextParameters;

    private final Map<Integer, OcrTransport> transports = new HashMap<>();
    private final Map<ObsSettings, ObsObjectResolver> obsResolvers = new HashMap<>();

    public HuaweiOcrComponent() {
    }

    public HuaweiOcrComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        HuaweiOcrConfiguration endpointConfiguration = configuration.copy();
        // param.* options are the API's request fields: collected here, checked against the operation in resolve().
        endpointConfiguration.getParameters().putAll(PropertiesHelper.extractProperties(parameters, PARAMETER_PREFIX));
        HuaweiOcrEndpoint endpoint = new HuaweiOcrEndpoint(uri, this, remaining, endpointConfiguration);
        setProperties(endpoint, parameters);
        if (endpointConfiguration.getSslContextParameters() == null) {
            endpointConfiguration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        endpoint.resolve();
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.getOcrClient() == null) {
            transport(configuration.getMaxConnections());
        }
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (transports) {
            transports.values().forEach(OcrTransport::close);
            transports.clear();
        }
        synchronized (obsResolvers) {
            for (ObsObjectResolver resolver : obsResolvers.values()) {
                resolver.close();
            }
            obsResolvers.clear();
        }
        super.doStop();
    }

    /** The connection pool of the given size, created on first use and closed when the component stops. */
    OcrTransport transport(int maxConnections) {
        synchronized (transports) {
            return transports.computeIfAbsent(maxConnections, OcrTransport::create);
        }
    }

    /**
     * The object-store client for these settings: one per distinct store configuration, created when the first object
     * reference needs it and closed when the component stops.
     */
    ObsObjectResolver obsResolver(ObsSettings settings) {
        synchronized (obsResolvers) {
            return obsResolvers.computeIfAbsent(settings, ObsObjectResolver::new);
        }
    }

    public HuaweiOcrConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(HuaweiOcrConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
