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
package io.github.huaweiocr.examples.httpgateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.admin.EmulatorAdminClient;
import io.github.huaweiocr.emulator.faults.FaultSpec;

/**
 * The gateway over real HTTP, with its default address (loopback) and the emulator's synthetic engine. Retries are
 * off so that throttling and upstream failures reach the caller at once; uploads are capped at 1 MB so that a
 * too-large one is cheap to send.
 */
@SpringBootTest(classes = HttpGatewayApplication.class, properties = {
        "example.emulator.engine=synthetic",
        "gateway.max-upload-bytes=1000000",
        "camel.component.huaweiocr.max-retries=0"})
@ExtendWith(OutputCaptureExtension.class)
class HttpGatewayApplicationTest {

    private static final int PORT = freePort();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private HuaweiOcrEmulator emulator;

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("gateway.port", () -> PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void answersTheRecognitionResultOfARawImageAsJson() throws Exception {
        HttpResponse<String> response = post("/ocr/generalText", "image/png", png());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode answer = MAPPER.readTree(response.body());
        assertThat(answer.path("operation").asText()).isEqualTo("generalText");
        assertThat(answer.path("requestId").asText()).isNotBlank();
        assertThat(answer.path("result").path("words_block_list").isArray()).isTrue();
        assertThat(response.headers().firstValue("X-Request-Id")).contains(answer.path("requestId").asText());
    }

    @Test
    void takesTheBodyAsTheImageWhateverItsContentType() throws Exception {
        // What curl --data-binary sends without -H.
        HttpResponse<String> response = post("/ocr/GENERAL_TEXT", "application/x-www-form-urlencoded", png());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MAPPER.readTree(response.body()).path("operation").asText()).isEqualTo("generalText");
    }

    @Test
    void readsTheImageOfAMultipartForm() throws Exception {
        String boundary = "----gateway-test-boundary";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.write(png());
        form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = post("/ocr/web-image", "multipart/form-data; boundary=" + boundary,
                form.toByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MAPPER.readTree(response.body()).path("operation").asText()).isEqualTo("webImage");
    }

    @Test
    void answers400WhenTheBodyIsNotAnImage() throws Exception {
        HttpResponse<String> response = post("/ocr/generalText", "text/plain",
                "certainly not an image".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = MAPPER.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo("INVALID_INPUT");
        assertThat(error.path("message").asText()).isNotBlank();
    }

    @Test
    void answers400ForAnUnknownOperation() throws Exception {
        HttpResponse<String> response = post("/ocr/noSuchThing", "image/png", png());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(response.body()).path("message").asText()).contains("noSuchThing")
                .contains("generalText");
    }

    @Test
    void answers429WithRetryAfterWhenHuaweiThrottles() throws Exception {
        emulator.services().inject(FaultSpec.throttle().operation("handwriting").nextCalls(1));

        HttpResponse<String> response = post("/ocr/handwriting", "image/png", png());

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(MAPPER.readTree(response.body()).path("error").asText()).isEqualTo("APIG.0308");
    }

    @Test
    void answers502WhenTheServiceFails() throws Exception {
        emulator.services().inject(FaultSpec.backendTimeout().operation("vin").nextCalls(1));

        HttpResponse<String> response = post("/ocr/vin", "image/png", png());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(MAPPER.readTree(response.body()).path("error").asText()).isEqualTo("APIG.0201");
    }

    @Test
    void answers413WithAJsonErrorWhenTheUploadIsOverTheCap() throws Exception {
        EmulatorAdminClient admin = new EmulatorAdminClient(emulator.baseUrl());
        long callsBefore = admin.totalRequests();

        HttpResponse<String> response = post("/ocr/generalText", "image/png", new byte[1_500_000]);

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode error = MAPPER.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo("UPLOAD_TOO_LARGE");
        assertThat(error.path("message").asText()).contains("1500000 bytes", "at most 1000000 bytes",
                "gateway.max-upload-bytes");
        assertThat(admin.totalRequests()).as("calls that reached the emulator").isEqualTo(callsBefore);
    }

    @Test
    void servesThePageAndItsFilesByteForByte() throws Exception {
        for (String[] file : new String[][] {
                {"/", "index.html", "text/html"}, {"/page.js", "page.js", "text/javascript"},
                {"/page.css", "page.css", "text/css"}}) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base() + file[0])).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).as(file[0]).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(file[0])
                    .hasValueSatisfying(type -> assertThat(type).startsWith(file[2]));
            assertThat(response.body()).as(file[0]).isEqualTo(resource("static/" + file[1]));
        }
    }

    @Test
    void answers404ForFilesOutsideThePage() throws Exception {
        for (String path : new String[] {"/nothing.js", "/application.properties", "/static/index.html",
                "/%2e%2e/application.properties"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void listensOnLoopbackOnlyByDefault() throws Exception {
        List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .toList();
        assertThat(others).as("an address of this machine other than loopback, to try").isNotEmpty();

        for (InetAddress address : others) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, PORT), 2000))
                        .as("connecting through %s", address).isInstanceOf(ConnectException.class);
            }
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 2000);
        }
    }

    @Test
    void saysAtStartWhereItListensAndHowToExposeIt(CapturedOutput output) {
        assertThat(output.getOut()).contains("HTTP gateway ready: open http://127.0.0.1:" + PORT + "/",
                "listens on 127.0.0.1 only", "--gateway.host=0.0.0.0");
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return "http://127.0.0.1:" + PORT;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HttpGatewayApplication.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(320, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.fillRect(0, 0, 320, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
