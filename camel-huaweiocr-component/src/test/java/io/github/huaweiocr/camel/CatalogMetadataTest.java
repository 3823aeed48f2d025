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

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated metadata that tools (Camel JBang, Kaoto, Karavan, IDEs) and Camel itself read: the catalog JSON, the
 * configurers and the URI factory, all found the way Camel finds them at run time.
 */
class CatalogMetadataTest extends CamelTestSupport {

    /** Options holding credentials: Camel masks them in URIs and logs only when the catalog marks them secret. */
    private static final Pattern SECRET = Pattern.compile("(?i).*(accessKey|secret|password|token).*");

    @Test
    void catalogJsonListsEveryOptionWithADescriptionAndLabelAndMarksSecrets() throws Exception {
        JsonNode catalog = catalog();
        List<Field> options = Arrays.stream(HuaweiOcrConfiguration.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(UriParam.class)).toList();
        assertThat(options).hasSizeGreaterThanOrEqualTo(30);
        for (Field option : options) {
            for (String section : List.of("properties", "componentProperties")) {
                JsonNode property = catalog.path(section).path(option.getName());
                assertThat(property.isObject()).as(section + " " + option.getName()).isTrue();
                assertThat(property.path("description").asText()).as(option.getName()).hasSizeGreaterThan(20);
                assertThat(property.path("label").asText()).as(option.getName()).isNotBlank();
                assertThat(property.path("secret").asBoolean()).as("secret " + option.getName())
                        .isEqualTo(SECRET.matcher(option.getName()).matches());
            }
        }
        assertThat(catalog.path("properties").path("parameters").path("prefix").asText()).isEqualTo("param.");
        assertThat(catalog.path("properties").path("parameters").path("multiValue").asBoolean()).isTrue();
        assertThat(catalog.path("properties").path("credentialsProvider").path("autowired").asBoolean()).isTrue();
        assertThat(catalog.path("componentProperties").path("ocrClient").path("autowired").asBoolean()).isTrue();
    }

    @Test
    void catalogJsonDescribesTheComponentTheOperationsAndTheHeaders() throws Exception {
        JsonNode catalog = catalog();
        JsonNode component = catalog.path("component");
        assertThat(component.path("scheme").asText()).isEqualTo("huaweiocr");
        assertThat(component.path("syntax").asText()).isEqualTo("huaweiocr:operation");
        assertThat(component.path("title").asText()).isEqualTo("Huawei Cloud OCR");
        assertThat(component.path("producerOnly").asBoolean()).isTrue();
        assertThat(component.path("async").asBoolean()).isTrue();
        assertThat(component.path("label").asText()).isEqualTo("ai,cloud,document");

        JsonNode operation = catalog.path("properties").path("operation");
        assertThat(operation.path("required").asBoolean()).isTrue();
        List<String> enums = new ObjectMapper().convertValue(operation.path("enum"), List.class);
        assertThat(enums).containsExactlyElementsOf(
                Arrays.stream(HuaweiOcrOperation.values()).map(HuaweiOcrOperation::uriName).toList());

        Set<String> headers = Arrays.stream(HuaweiOcrConstants.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(Metadata.class))
                .map(CatalogMetadataTest::constantValue).collect(Collectors.toSet());
        assertThat(headers).contains("CamelHuaweiOcrOperation", "CamelHuaweiOcrParameters", "CamelHuaweiOcrImageUrl",
                "CamelHuaweiOcrRequestId", "CamelHuaweiOcrAttempts", "CamelHuaweiOcrMinConfidence",
                "CamelHuaweiOcrTemplateId");
        for (String header : headers) {
            assertThat(catalog.path("headers").path(header).path("description").asText()).as(header).isNotBlank();
        }
    }

    @Test
    void catalogDescriptionsKeepTheirExamplesIntact() throws Exception {
        // Camel drops <...> from descriptions: "param.<field>=<value>" once became "param.=" in the catalog.
        Pattern mangled = Pattern.compile(".*(\\.=|=[ ,.]|\\. options).*");
        JsonNode catalog = catalog();
        for (String section : List.of("properties", "componentProperties", "headers")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = catalog.path(section).fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> option = it.next();
                assertThat(option.getValue().path("description").asText()).as(section + " " + option.getKey())
                        .doesNotMatch(mangled);
            }
        }
        assertThat(catalog.path("properties").path("parameters").path("description").asText())
                .contains("param.side=back");
    }

    @Test
    void componentDocumentationHasOneTableRowForEveryOptionAndHeader() throws Exception {
        JsonNode catalog = catalog();
        List<String> rows = Files.readAllLines(Path.of("..", "docs", "component.md")).stream()
                .filter(line -> line.startsWith("| `")).toList();
        for (String section : List.of("properties", "componentProperties", "headers")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = catalog.path(section).fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> option = it.next();
                if ("path".equals(option.getValue().path("kind").asText())) {
                    continue; // the operation, documented in its own section with every value
                }
                String prefix = option.getValue().path("prefix").asText();
                String cell = "| `" + (prefix.isEmpty() ? option.getKey() : prefix + "<field>") + "`";
                assertThat(rows.stream().filter(row -> row.startsWith(cell + " ")))
                        .as("rows of docs/component.md for " + section + " " + option.getKey()).hasSize(1);
            }
        }
    }

    @Test
    void configurersAndUriFactoryAreGeneratedAndFound() throws Exception {
        assertThat(PluginHelper.getConfigurerResolver(context).resolvePropertyConfigurer("huaweiocr-component", context))
                .isNotNull().extracting(Object::getClass).extracting(Class::getSimpleName)
                .isEqualTo("HuaweiOcrComponentConfigurer");
        assertThat(PluginHelper.getConfigurerResolver(context).resolvePropertyConfigurer("huaweiocr-endpoint", context))
                .isNotNull().extracting(Object::getClass).extracting(Class::getSimpleName)
                .isEqualTo("HuaweiOcrEndpointConfigurer");
        assertThat(PluginHelper.getUriFactoryResolver(context).resolveFactory("huaweiocr", context)).isNotNull();
        assertThat(context.getComponent("huaweiocr")).isInstanceOf(HuaweiOcrComponent.class);
    }

    private JsonNode catalog() throws Exception {
        String json = ((CatalogCamelContext) context).getComponentParameterJsonSchema("huaweiocr");
        assertThat(json).as("catalog JSON of huaweiocr").isNotNull();
        return new ObjectMapper().readTree(json);
    }

    private static String constantValue(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
