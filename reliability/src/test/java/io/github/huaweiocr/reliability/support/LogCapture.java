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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * A logback appender on the root logger that checks every event of the run, as it is logged, for secrets: the
 * formatted message, the logger's arguments, the MDC and the whole chain of exception messages. Only events that leak
 * are kept, so a long soak does not hold its log in memory.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final SecretScanner scanner;
    private final AtomicLong events = new AtomicLong();
    private final List<String> leaks = new ArrayList<>();
    private final Map<String, AtomicLong> phrases = new ConcurrentHashMap<>();

    private LogCapture(SecretScanner scanner) {
        this.scanner = scanner;
    }

    /** Starts capturing everything logged in this JVM. */
    public static LogCapture attach(SecretScanner scanner) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LogCapture capture = new LogCapture(scanner);
        capture.setContext(context);
        capture.setName("secret-scan");
        capture.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        events.incrementAndGet();
        StringBuilder text = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        event.getMDCPropertyMap().forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        phrases.forEach((phrase, count) -> {
            if (text.indexOf(phrase) >= 0) {
                count.incrementAndGet();
            }
        });
        scanner.find(text).ifPresent(secret -> {
            synchronized (leaks) {
                leaks.add(secret + " in " + event.getLoggerName() + ": " + scanner.mask(text.toString()));
            }
        });
    }

    /** Also counts the events that contain {@code phrase} (in their message or exception chain), from now on. */
    public LogCapture counting(String phrase) {
        phrases.putIfAbsent(phrase, new AtomicLong());
        return this;
    }

    /** Events that contained {@code phrase}, registered with {@link #counting}. */
    public long count(String phrase) {
        AtomicLong count = phrases.get(phrase);
        return count == null ? 0 : count.get();
    }

    public long events() {
        return events.get();
    }

    /** Which secret leaked where (the secret itself masked). */
    public List<String> leaks() {
        synchronized (leaks) {
            return List.copyOf(leaks);
        }
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
        stop();
    }
}
