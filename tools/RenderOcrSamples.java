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
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Renders the committed OCR sample images of the emulator tests
 * (camel-huaweiocr-emulator/src/test/resources/samples). The PNGs are committed because a fresh machine has no CJK
 * font; run this only to change them, on a machine with the WenQuanYi Micro Hei font (Debian/Ubuntu package
 * fonts-wqy-microhei):
 *
 * <pre>java tools/RenderOcrSamples.java camel-huaweiocr-emulator/src/test/resources/samples</pre>
 */
public final class RenderOcrSamples {

    private static final String FONT = "WenQuanYi Micro Hei";

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : ".");
        if (!new Font(FONT, Font.PLAIN, 12).getFamily().equals(FONT)) {
            throw new IllegalStateException("font '" + FONT + "' is not installed (package fonts-wqy-microhei)");
        }
        render(new File(dir, "english-text.png"), 900, 34, List.of(
                "Apache Camel meets Huawei Cloud OCR",
                "Invoice number 20240315",
                "Total amount 88.00 EUR",
                "The quick brown fox jumps over the lazy dog"));
        render(new File(dir, "chinese-text.png"), 900, 36, List.of(
                "华为云文字识别服务",
                "北京市海淀区中关村大街",
                "发票金额八十八元整",
                "欢迎使用通用文字识别"));
        render(new File(dir, "receipt.png"), 640, 28, List.of(
                "便利店购物小票 STORE RECEIPT",
                "日期 Date 2024-03-15 10:30",
                "苹果 Apple 2 x 5.50 11.00",
                "牛奶 Milk 1 x 12.80 12.80",
                "合计 Total 23.80",
                "谢谢惠顾 Thank you"));
        render(new File(dir, "english-page.png"), 1000, 26, List.of(
                "Optical character recognition turns pictures of text",
                "into machine readable characters. A scanned page,",
                "a photo of a receipt or a screenshot becomes text",
                "that software can search, index and process.",
                "",
                "This page is a sample document for the emulator.",
                "It holds several lines of plain English text so",
                "that tests can check the order of the lines, the",
                "coordinates of each block and the confidence of",
                "every word returned by the recognition engine.",
                "",
                "Page 1 of 1"));
    }

    private static void render(File file, int width, int size, List<String> lines) throws IOException {
        int lineHeight = size * 2;
        int height = lineHeight * (lines.size() + 1);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(FONT, Font.PLAIN, size));
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), size, lineHeight * (i + 1));
        }
        g.dispose();
        ImageIO.write(image, "png", file);
    }
}
