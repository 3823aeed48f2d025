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
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.huaweiocr.emulator.HuaweiOcrEmulator;
import io.github.huaweiocr.emulator.admin.EmulatorAdminClient;
import io.github.huaweiocr.emulator.faults.FaultSpec;

/**
 * The upload page as a person uses it, in headless Chromium: choose a file, press Recognise, wait, and look. The
 * gateway runs as {@code java -jar} runs it (RapidOCR engine, loopback), except that uploads are capped at 2 MB so a
 * too-large file is cheap to make, and throttling is not retried so its error shows at once.
 * <p>
 * The receipt test leaves a screenshot in {@code target/screenshots/}; with {@code -Dscreenshots.docs=<folder>} it
 * also writes it there (the picture in docs/images/ is made that way).
 */
@SpringBootTest(classes = HttpGatewayApplication.class, properties = {
        "gateway.max-upload-bytes=2000000",
        "camel.component.huaweiocr.max-retries=0"})
class UploadPageBrowserTest {

    private static final Path SAMPLES = Path.of("../../camel-huaweiocr-emulator/src/test/resources/samples");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final int PORT = freePort();
    private static final String PAGE = "http://127.0.0.1:" + PORT + "/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ChromiumBrowser browser;

    @Autowired
    private HuaweiOcrEmulator emulator;

    @TempDir
    Path files;

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("gateway.port", () -> PORT);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = ChromiumBrowser.start(1200, 800);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshPage() {
        new EmulatorAdminClient(emulator.baseUrl()).reset();
        browser.driver().get(PAGE);
        browser.scriptErrors();
    }

    @Test
    void listsTheChineseLinesOfAnImageAndBoxesThemOnTheImage() throws Exception {
        Path image = SAMPLES.resolve("chinese-text.png");

        recognise(image);

        assertThat(state()).isEqualTo("done");
        assertThat(listedLines()).contains("华为云文字识别服务", "北京市海淀区中关村大街", "发票金额八十八元整");
        assertImageWithBoxesOnCanvas(image);
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @Test
    void listsTheEnglishLinesOfAnImageAndBoxesThemOnTheImage() throws Exception {
        Path image = SAMPLES.resolve("english-text.png");

        recognise(image);

        assertThat(state()).isEqualTo("done");
        assertThat(listedLines()).contains("Apache Camel meets Huawei Cloud OCR");
        assertImageWithBoxesOnCanvas(image);
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @Test
    void showsAReceiptInChineseAndEnglishWithItsBoxes() throws Exception {
        Path image = SAMPLES.resolve("receipt.png");

        recognise(image);

        assertThat(state()).isEqualTo("done");
        assertThat(listedLines()).hasSize(6).anySatisfy(line -> assertThat(line).contains("合计", "23.80"));
        assertThat(statusText()).startsWith("6 lines recognised in receipt.png");
        assertImageWithBoxesOnCanvas(image);
        assertThat(browser.scriptErrors()).isEmpty();
        assertThat(ChromiumBrowser.chineseFonts()).as("fonts with Chinese glyphs, or the screenshot shows empty "
                + "rectangles; " + ChromiumBrowser.INSTALL_HINT).isNotEmpty();
        saveScreenshot("http-gateway-receipt.png");
    }

    @Test
    void explainsThatAFileWhichIsNotAnImageCannotBeRecognised() throws Exception {
        Path notes = Files.writeString(files.resolve("notes.txt"), "Shopping list: apples, milk.");

        recognise(notes);

        assertThat(state()).isEqualTo("error");
        assertThat(statusText()).startsWith("This file cannot be recognised (INVALID_INPUT): ");
        assertThat(browser.driver().findElement(By.id("result")).isDisplayed()).isFalse();
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @Test
    void explainsThatHuaweiIsThrottlingAndWhatToDo() throws Exception {
        new EmulatorAdminClient(emulator.baseUrl())
                .injectFault(FaultSpec.throttle().operation("general-text").nextCalls(1));

        recognise(SAMPLES.resolve("english-text.png"));

        assertThat(state()).isEqualTo("error");
        assertThat(statusText()).startsWith("Huawei Cloud OCR is throttling this account (APIG.0308). Wait a few "
                + "seconds and press Recognise again.");
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @Test
    void explainsThatAFileIsTooLargeForTheGateway() throws Exception {
        byte[] noise = new byte[3_000_000];
        new Random(7).nextBytes(noise);
        Path large = Files.write(files.resolve("scan.png"), noise);

        recognise(large);

        assertThat(state()).isEqualTo("error");
        assertThat(statusText()).startsWith("This file is too large (UPLOAD_TOO_LARGE): The upload is 3000000 bytes; "
                + "this gateway accepts at most 2000000 bytes");
        assertThat(browser.scriptErrors()).isEmpty();
    }

    /** The check the other tests rely on sees the fault that once kept the page's script from running at all. */
    @Test
    void scriptErrorCheckSeesAnUnterminatedString() {
        browser.driver().get("data:text/html;charset=utf-8,<script>const text = ['a', 'b'].join('%0A');</script>");

        assertThat(browser.scriptErrors()).anySatisfy(error -> assertThat(error).contains("SyntaxError"));
    }

    private void recognise(Path file) {
        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().normalize().toString());
        browser.driver().findElement(By.id("recognise")).click();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> state().equals("done") || state().equals("error"));
    }

    private String state() {
        return browser.driver().findElement(By.id("status")).getDomAttribute("data-state");
    }

    private String statusText() {
        return browser.driver().findElement(By.id("status")).getText();
    }

    private List<String> listedLines() {
        return browser.driver().findElements(By.cssSelector("#lines li .words")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * The canvas shows the image itself (its dark pixels are still there) and a box around each line the gateway
     * recognises in it (box-coloured pixels in the middle of each side of each line's quadrilateral).
     */
    private void assertImageWithBoxesOnCanvas(Path file) throws Exception {
        BufferedImage original = ImageIO.read(file.toFile());
        String dataUrl = (String) browser.driver().executeScript(
                "return document.getElementById('canvas').toDataURL('image/png');");
        BufferedImage canvas = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1))));

        assertThat(canvas.getWidth()).isEqualTo(original.getWidth());
        assertThat(canvas.getHeight()).isEqualTo(original.getHeight());

        int dark = 0;
        int keptDark = 0;
        for (int y = 0; y < original.getHeight(); y++) {
            for (int x = 0; x < original.getWidth(); x++) {
                assertThat(isBoxColour(original.getRGB(x, y))).as("box colour in the original image").isFalse();
                if (luma(original.getRGB(x, y)) < 128) {
                    dark++;
                    if (luma(canvas.getRGB(x, y)) < 128 || isBoxColour(canvas.getRGB(x, y))) {
                        keptDark++;
                    }
                }
            }
        }
        assertThat(dark).as("dark pixels of the sample").isPositive();
        assertThat(keptDark).as("dark pixels of the image found on the canvas").isGreaterThanOrEqualTo(dark * 9 / 10);

        List<int[][]> boxes = boxesOf(file);
        assertThat(boxes).as("lines the gateway recognises").isNotEmpty();
        assertThat(listedLines()).hasSize(boxes.size());
        for (int[][] box : boxes) {
            for (int side = 0; side < 4; side++) {
                int[] from = box[side];
                int[] to = box[(side + 1) % 4];
                int x = (from[0] + to[0]) / 2;
                int y = (from[1] + to[1]) / 2;
                assertThat(boxColourNear(canvas, x, y)).as("box side %d of %s at %d,%d", side,
                        Arrays.deepToString(box), x, y).isTrue();
            }
        }
    }

    /** The line boxes the gateway answers for this file: the same call the page made. */
    private List<int[][]> boxesOf(Path file) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(PAGE + "ocr/generalText"))
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        List<int[][]> boxes = new ArrayList<>();
        for (JsonNode block : MAPPER.readTree(response.body()).path("result").path("words_block_list")) {
            int[][] corners = new int[4][2];
            for (int corner = 0; corner < 4; corner++) {
                corners[corner][0] = block.path("location").path(corner).path(0).asInt();
                corners[corner][1] = block.path("location").path(corner).path(1).asInt();
            }
            boxes.add(corners);
        }
        return boxes;
    }

    private static boolean boxColourNear(BufferedImage image, int x, int y) {
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                int px = x + dx;
                int py = y + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()
                        && isBoxColour(image.getRGB(px, py))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The page's box colour, rgb(220, 20, 60), give or take anti-aliasing. */
    private static boolean isBoxColour(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r >= 170 && g <= 80 && b <= 110;
    }

    private static int luma(int rgb) {
        return (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
    }

    private void saveScreenshot(String name) throws IOException {
        byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
        BufferedImage screenshot = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(screenshot.getWidth()).isEqualTo(1200);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), png);
        String docs = System.getProperty("screenshots.docs");
        if (docs != null && !docs.isBlank()) {
            Files.write(Files.createDirectories(Path.of(docs)).resolve(name), png);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
