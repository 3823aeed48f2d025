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
package io.github.huaweiocr.examples.obstodatabase;

import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.github.huaweiocr.camel.HuaweiOcrComponent;
import io.github.huaweiocr.camel.HuaweiOcrConfiguration;

/**
 * Tells the huaweiocr component where the bucket's objects live, so that it can presign the URLs the OCR service
 * downloads them from: the same store and keys as the camel-minio consumer.
 */
@Configuration(proxyBeanMethods = false)
public class ObjectStorageWiring {

    @Bean
    public ComponentCustomizer objectStorageCustomizer(ObjectStorageProperties storage,
                                                       ObjectProvider<EmbeddedS3Server> embedded) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                HuaweiOcrConfiguration configuration = ((HuaweiOcrComponent) target).getConfiguration();
                EmbeddedS3Server server = embedded.getIfAvailable();
                configuration.setObsEndpoint(server != null ? server.endpoint() : storage.getEndpoint());
                configuration.setObsAccessKey(storage.getAccessKey());
                configuration.setObsSecretKey(storage.getSecretKey());
                if (server != null) {
                    // s3proxy places every bucket in us-east-1; on Huawei Cloud the bucket must be in the OCR region.
                    configuration.setAllowCrossRegionObs(true);
                }
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof HuaweiOcrComponent;
            }

            /** After the starter's customizer, which copies every property, defaults included. */
            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }
        };
    }
}
