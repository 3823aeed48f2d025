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
package io.github.huaweiocr.examples.filetojms;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.spring.spi.SpringTransactionPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jms.connection.JmsTransactionManager;

import io.github.huaweiocr.examples.support.ReplicaProperties;

/**
 * Files dropped into an inbox folder are recognised by Huawei Cloud OCR (general text) and the results published on
 * the JMS queue {@code ocr.results}; documents that cannot be recognised go to {@code ocr.failed}. By default
 * everything runs in this JVM: the OCR emulator, an Artemis broker and the sample images copied into the inbox.
 * Several replicas may share the inbox folder and a broker: one of them (the leader) moves the files onto a queue, and
 * all of them recognise what is on it.
 */
@SpringBootApplication
public class FileToJmsApplication {

    public static void main(String[] args) {
        SpringApplication.run(FileToJmsApplication.class, args);
    }

    /**
     * Which replica polls the inbox: the one holding a file lock in {@code example.cluster.root}, a folder on the same
     * shared file system as the inbox. A replica that dies releases the lock with its process, and another takes the
     * leadership at its next attempt ({@code example.cluster.acquire-interval}). Replaced by declaring another
     * {@link org.apache.camel.cluster.CamelClusterService} bean (camel-kubernetes' lease, for instance).
     */
    @Bean
    @ConditionalOnMissingBean(org.apache.camel.cluster.CamelClusterService.class)
    public FileLockClusterService inboxLeadership(ReplicaProperties replica,
                                                  @Value("${example.cluster.root}") Path root,
                                                  @Value("${example.cluster.acquire-interval}") Duration interval) {
        FileLockClusterService service = new FileLockClusterService();
        service.setId(replica.getName());
        service.setRoot(root.toAbsolutePath().toString());
        service.setAcquireLockDelay(interval.toMillis(), TimeUnit.MILLISECONDS);
        service.setAcquireLockInterval(interval.toMillis(), TimeUnit.MILLISECONDS);
        return service;
    }

    /**
     * The local JMS transactions of the recognisers: the DMLC consumer starts one for each document, and the route
     * ({@code transacted()}) joins it, so that the result is sent on the consumer's session and commits with the
     * acknowledgement of the document.
     */
    @Bean
    public JmsTransactionManager jmsTransactionManager(ConnectionFactory connectionFactory) {
        return new JmsTransactionManager(connectionFactory);
    }

    /** What {@code transacted("documentTransaction")} refers to: join the consumer's transaction. */
    @Bean
    public SpringTransactionPolicy documentTransaction(JmsTransactionManager jmsTransactionManager) {
        SpringTransactionPolicy policy = new SpringTransactionPolicy(jmsTransactionManager);
        policy.setPropagationBehaviorName("PROPAGATION_REQUIRED");
        return policy;
    }

    /** camel-master finds the cluster service among the context's services, so it is added there before the start. */
    @Bean
    public CamelContextConfiguration clusterServiceRegistration(org.apache.camel.cluster.CamelClusterService service) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camelContext) {
                try {
                    camelContext.addService(service, true, true);
                } catch (Exception e) {
                    throw new IllegalStateException("Could not register the cluster service " + service.getId(), e);
                }
            }

            @Override
            public void afterApplicationStart(CamelContext camelContext) {
                // nothing to do once started
            }
        };
    }
}
