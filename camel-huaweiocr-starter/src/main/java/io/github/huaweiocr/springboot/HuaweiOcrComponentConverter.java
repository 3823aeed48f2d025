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
package io.github.huaweiocr.springboot;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.stereotype.Component;

/**
 * Resolves {@code #name} and {@code #bean:name} references in {@code camel.component.huaweiocr.*} properties to
 * Spring beans, for the options that take an object (credentials provider, OCR client, TLS settings...).
 * Written by {@code src/build/generate_starter.py} from the component's catalog.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
@Component
public class HuaweiOcrComponentConverter implements GenericConverter {

    @Autowired
    private ApplicationContext applicationContext;

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> answer = new LinkedHashSet<>();
        answer.add(new ConvertiblePair(String.class, io.github.huaweiocr.camel.HuaweiOcrConfiguration.class));
        answer.add(new ConvertiblePair(String.class, io.github.huaweiocr.camel.client.OcrClient.class));
        answer.add(new ConvertiblePair(String.class, io.github.huaweiocr.camel.auth.CredentialsProvider.class));
        answer.add(new ConvertiblePair(String.class, org.apache.camel.support.jsse.SSLContextParameters.class));
        return answer;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString();
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("A bean reference must start with # (e.g. #myBean or"
                    + " #bean:myBean): " + ref);
        }
        ref = ref.startsWith("#bean:") ? ref.substring("#bean:".length()) : ref.substring(1);
        switch (targetType.getName()) {
            case "io.github.huaweiocr.camel.HuaweiOcrConfiguration":
                return applicationContext.getBean(ref, io.github.huaweiocr.camel.HuaweiOcrConfiguration.class);
            case "io.github.huaweiocr.camel.client.OcrClient":
                return applicationContext.getBean(ref, io.github.huaweiocr.camel.client.OcrClient.class);
            case "io.github.huaweiocr.camel.auth.CredentialsProvider":
                return applicationContext.getBean(ref, io.github.huaweiocr.camel.auth.CredentialsProvider.class);
            case "org.apache.camel.support.jsse.SSLContextParameters":
                return applicationContext.getBean(ref, org.apache.camel.support.jsse.SSLContextParameters.class);
            default:
                throw new IllegalArgumentException("No bean reference conversion to " + targetType.getName());
        }
    }
}
