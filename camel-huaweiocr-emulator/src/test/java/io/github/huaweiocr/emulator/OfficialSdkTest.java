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
package io.github.huaweiocr.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.huaweicloud.sdk.core.SdkResponse;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.core.region.Region;
import com.huaweicloud.sdk.ocr.v1.OcrClient;
import com.huaweicloud.sdk.ocr.v1.model.GeneralTextRequestBody;
import com.huaweicloud.sdk.ocr.v1.model.RecognizeGeneralTextRequest;
import com.huaweicloud.sdk.ocr.v1.model.RecognizeGeneralTextResponse;

import io.github.huaweiocr.emulator.faults.FaultSpec;
import io.github.huaweiocr.emulator.junit.HuaweiOcrEmulatorExtension;
import io.github.huaweiocr.emulator.support.OcrTestClient;
import io.github.huaweiocr.emulator.support.TestImages;

/**
 * Huawei's official Java SDK as the client: its signer must be accepted, its strict JSON reader must accept every
 * answer of the 52 operations, and it must find {@code X-Request-Id}.
 */
class OfficialSdkTest {

    @RegisterExtension
    static HuaweiOcrEmulatorExtension emulator = new HuaweiOcrEmulatorExtension();

    private static JsonNode operations;

    @BeforeAll
    static void readSdkMethodNames() throws Exception {
        try (InputStream in = OfficialSdkTest.class.getResourceAsStream("/io/github/huaweiocr/emulator/operations.json")) {
            operations = OcrTestClient.JSON.readTree(in).path("operations");
        }
    }

    private OcrClient client(String secretKey) {
        return OcrClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(emulator.accessKey()).withSk(secretKey)
                        .withProjectId(emulator.projectId()))
                .withEndpoint(emulator.baseUrl())
                .withHttpConfig(HttpConfig.getDefaultHttpConfig().withConnectionTimeout(10).withReadTimeout(60))
                .build();
    }

    @Test
    void everyOperationAnswersInAShapeTheSdkReadsStrictly() throws Exception {
        OcrClient client = client(emulator.secretKey());
        String image = TestImages.base64Png(240, 160);
        List<String> failures = new ArrayList<>();
        List<String> absentFromSdk = new ArrayList<>();
        for (JsonNode operation : operations) {
            String methodName = operation.path("sdkMethod").asText();
            String requestClass = "com.huaweicloud.sdk.ocr.v1.model." + Character.toUpperCase(methodName.charAt(0))
                    + methodName.substring(1) + "Request";
            Class<?> type;
            try {
                type = Class.forName(requestClass);
            } catch (ClassNotFoundException e) {
                absentFromSdk.add(operation.path("segment").asText());
                continue;
            }
            Object request = type.getConstructor().newInstance();
            Method withBody = findMethod(request.getClass(), "withBody");
            Object body = withBody.getParameterTypes()[0].getConstructor().newInstance();
            if (operation.path("imageField").isTextual()) {
                String setter = "with" + Character.toUpperCase(operation.path("imageField").asText().charAt(0))
                        + operation.path("imageField").asText().substring(1);
                body.getClass().getMethod(setter, String.class).invoke(body, image);
            } else {
                body.getClass().getMethod("withCode", String.class).invoke(body, "011001900111");
                body.getClass().getMethod("withNumber", String.class).invoke(body, "12345678");
                body.getClass().getMethod("withIssueDate", String.class).invoke(body, "2024-05-01");
            }
            withBody.invoke(request, body);
            try {
                SdkResponse response = (SdkResponse) client.getClass().getMethod(methodName, request.getClass())
                        .invoke(client, request);
                Object requestId = response.getClass().getMethod("getXRequestId").invoke(response);
                Object result = response.getClass().getMethod("getResult").invoke(response);
                if (response.getHttpStatusCode() != 200 || requestId == null || result == null) {
                    failures.add(operation.path("segment").asText() + ": status " + response.getHttpStatusCode()
                            + ", request id " + requestId + ", result " + (result != null));
                }
            } catch (InvocationTargetException e) {
                failures.add(operation.path("segment").asText() + ": " + e.getCause());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(absentFromSdk).as("operations newer than the SDK version the build pins (3.1.143)")
                .containsExactly("auto-id-doc-classification");
        assertThat(emulator.admin().responses(200)).isEqualTo(52 - absentFromSdk.size());
    }

    @Test
    void sdkSeesGatewayErrorsWithTheirCodesAndRequestIds() {
        emulator.admin().injectFault(FaultSpec.throttle().nextCalls(1));
        RecognizeGeneralTextRequest request = new RecognizeGeneralTextRequest()
                .withBody(new GeneralTextRequestBody().withImage(TestImages.base64Png(60, 40)));
        assertThatThrownBy(() -> client(emulator.secretKey()).recognizeGeneralText(request))
                .isInstanceOfSatisfying(ClientRequestException.class, e -> {
                    assertThat(e.getHttpStatusCode()).isEqualTo(429);
                    assertThat(e.getErrorCode()).isEqualTo("APIG.0308");
                    assertThat(e.getRequestId()).hasSize(32);
                });
        assertThatThrownBy(() -> client("wrong-secret").recognizeGeneralText(request))
                .isInstanceOfSatisfying(ClientRequestException.class, e -> {
                    assertThat(e.getHttpStatusCode()).isEqualTo(401);
                    assertThat(e.getErrorCode()).isEqualTo("APIG.0301");
                });
        RecognizeGeneralTextResponse ok = client(emulator.secretKey()).recognizeGeneralText(request);
        assertThat(ok.getXRequestId()).hasSize(32);
        assertThat(ok.getResult().getWordsBlockList()).isNotNull();
    }

    @Test
    void sdkFindsTheProjectIdThroughTheEmulatorsIam() {
        OcrClient client = OcrClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(emulator.accessKey()).withSk(emulator.secretKey())
                        .withIamEndpoint(emulator.baseUrl()))
                .withRegion(new Region(emulator.region(), emulator.baseUrl()))
                .build();
        RecognizeGeneralTextResponse response = client.recognizeGeneralText(new RecognizeGeneralTextRequest()
                .withBody(new GeneralTextRequestBody().withImage(TestImages.base64Png(60, 40))));
        assertThat(response.getHttpStatusCode()).isEqualTo(200);
        assertThat(emulator.admin().requests("general-text")).isEqualTo(1);
    }

    private static Method findMethod(Class<?> type, String name) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1
                    && !method.getParameterTypes()[0].getName().startsWith("java.util.function")) {
                return method;
            }
        }
        throw new IllegalStateException(type + " has no " + name);
    }
}
