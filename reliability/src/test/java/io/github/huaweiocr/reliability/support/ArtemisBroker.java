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
package io.github.huaweiocr.reliability.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A persistent Artemis broker in the test JVM, reachable over TCP (so a pipeline in another JVM can use it and it
 * survives that JVM being killed), with the queues the file-to-jms pipeline publishes to.
 */
public final class ArtemisBroker implements AutoCloseable {

    /** One message as the tests look at it. */
    public record Received(Map<String, Object> properties, String body) {

        public String property(String name) {
            Object value = properties.get(name);
            return value == null ? null : value.toString();
        }
    }

    private final EmbeddedActiveMQ server;
    private final int port;

    private ArtemisBroker(EmbeddedActiveMQ server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a broker keeping its journal under {@code dataDir}, with anycast queues {@code queues}. */
    public static ArtemisBroker start(Path dataDir, String... queues) throws Exception {
        int port = freePort();
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setSecurityEnabled(false)
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        for (String queue : queues) {
            config.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST));
        }
        EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(config);
        server.start();
        return new ArtemisBroker(server, port);
    }

    public String brokerUrl() {
        return "tcp://127.0.0.1:" + port;
    }

    public ActiveMQConnectionFactory connectionFactory() {
        return new ActiveMQConnectionFactory(brokerUrl());
    }

    /** Messages waiting on {@code queue}, as the broker counts them. */
    public long messageCount(String queue) {
        Queue q = server.getActiveMQServer().locateQueue(SimpleString.of(queue));
        return q == null ? 0 : q.getMessageCount();
    }

    /** Messages of {@code queue} handed to consumers and not yet acknowledged. */
    public long deliveringCount(String queue) {
        Queue q = server.getActiveMQServer().locateQueue(SimpleString.of(queue));
        return q == null ? 0 : q.getDeliveringCount();
    }

    /** Messages ever added to {@code queue} (duplicates the broker dropped are not added). */
    public long messagesAdded(String queue) {
        Queue q = server.getActiveMQServer().locateQueue(SimpleString.of(queue));
        return q == null ? 0 : q.getMessagesAdded();
    }

    /** Consumes every message waiting on {@code queue}. */
    public List<Received> drain(String queue) throws JMSException {
        List<Received> received = new ArrayList<>();
        try (ActiveMQConnectionFactory factory = connectionFactory();
             Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            for (Message message = consumer.receive(2_000); message != null; message = consumer.receive(2_000)) {
                Map<String, Object> properties = new HashMap<>();
                for (Enumeration<?> names = message.getPropertyNames(); names.hasMoreElements(); ) {
                    String name = (String) names.nextElement();
                    properties.put(name, message.getObjectProperty(name));
                }
                String body = message instanceof TextMessage text ? text.getText() : message.getBody(String.class);
                received.add(new Received(properties, body));
            }
        }
        return received;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
