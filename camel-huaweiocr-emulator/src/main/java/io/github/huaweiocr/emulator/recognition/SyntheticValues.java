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
package io.github.huaweiocr.emulator.recognition;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Plausible scalar values for a result field, chosen by the field's name. Huawei sends amounts, dates, numbers and
 * codes as JSON strings; the values here keep that shape (e.g. {@code "88.00"}, {@code "2024-03-15"}, digit strings)
 * so that a client which parses them works against the real service too.
 */
final class SyntheticValues {

    /** A valid 4x4 grey PNG: image fields (portraits, crops, seals) must decode as images. */
    private static final String GREY_PNG_BASE64 =
            "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAADklEQVR4XmNoQAIMxHEAcFIYAf598e4AAAAASUVORK5CYII=";
    private static final String[] CHINESE_NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊"};
    private static final String[] LATIN_NAMES = {"ZHANG WEI", "WANG FANG", "LI NA", "LIU YANG", "CHEN JING"};
    private static final String[] COMPANIES = {"北京示例科技有限公司", "上海样本贸易有限公司", "深圳演示电子有限公司"};
    private static final String[] BANKS = {"中国工商银行北京分行", "中国建设银行上海分行", "招商银行深圳分行"};
    private static final String[] ADDRESSES = {"北京市海淀区中关村大街1号", "上海市浦东新区世纪大道100号",
        "广东省深圳市南山区科技园路8号"};
    private static final String[] CITIES = {"北京市", "上海市", "深圳市", "杭州市"};
    private static final String[] PROVINCES = {"北京市", "上海市", "广东省", "浙江省"};
    private static final String[] WORDS = {"示例", "样本", "Sample", "Emulator", "测试文本", "Huawei OCR"};
    private static final String[] FONTS = {"SimSun", "Microsoft YaHei", "KaiTi", "Arial", "Times New Roman"};
    private static final String[] COLORS = {"blue", "green", "yellow", "white"};

    private SyntheticValues() {
    }

    static String string(String field, SplittableRandom random) {
        String name = field.toLowerCase(Locale.ROOT);
        if (name.endsWith("_image")) {
            return GREY_PNG_BASE64;
        }
        if (name.contains("quantity") || name.contains("page") || name.endsWith("_times") || name.contains("copies")) {
            return Integer.toString(1 + random.nextInt(3));
        }
        if (name.equals("unit")) {
            return "个";
        }
        if (name.contains("ethnicity") || name.equals("nation")) {
            return "汉";
        }
        if (name.contains("in_words")) {
            return "捌拾捌圆整";
        }
        if (name.contains("rate")) {
            return pick(new String[] {"13%", "9%", "6%", "3%"}, random);
        }
        if (name.contains("amount") || name.contains("price") || name.contains("total") || name.contains("tax")
                || name.contains("fare") || name.contains("fee") || name.contains("premium")) {
            return amount(random);
        }
        if (name.endsWith("_time") || name.equals("time")) {
            return date(random) + " " + twoDigits(random.nextInt(24)) + ":" + twoDigits(random.nextInt(60));
        }
        if (name.contains("date") || name.equals("birth") || name.startsWith("birth_") || name.contains("expir")
                || name.contains("valid")) {
            return date(random);
        }
        if (name.contains("plate")) {
            return "京A" + digits(5, random);
        }
        if (name.equals("vin") || name.contains("vin_")) {
            return "LSV" + digits(14, random);
        }
        if (name.contains("phone") || name.contains("tel") || name.contains("mobile")) {
            return "138" + digits(8, random);
        }
        if (name.contains("email")) {
            return "user" + digits(3, random) + "@example.com";
        }
        if (name.contains("website") || name.contains("url")) {
            return "www.example.com";
        }
        if (name.contains("sex") || name.contains("gender")) {
            return random.nextBoolean() ? "男" : "女";
        }
        if (name.contains("color") || name.contains("colour")) {
            return pick(COLORS, random);
        }
        if (name.contains("address") || name.contains("place") || name.contains("domicile")) {
            return pick(ADDRESSES, random);
        }
        if (name.contains("province")) {
            return pick(PROVINCES, random);
        }
        if (name.contains("city") || name.contains("district")) {
            return pick(CITIES, random);
        }
        if (name.contains("bank")) {
            return name.contains("number") || name.contains("account") ? digits(12, random) : pick(BANKS, random);
        }
        if (name.contains("id_number") || name.contains("idcard_number") || name.contains("id_card_number")) {
            return "1101011990" + digits(8, random);
        }
        if (name.endsWith("number") || name.endsWith("_no") || name.endsWith("code") || name.endsWith("_id")
                || name.contains("account") || name.endsWith("_num")) {
            return digits(8 + random.nextInt(5), random);
        }
        if (name.contains("company") || name.contains("issuer") || name.contains("seller") || name.contains("buyer")
                || name.contains("organization") || name.contains("authority") || name.contains("unit")) {
            return pick(COMPANIES, random);
        }
        if (name.endsWith("_en") || name.contains("surname") || name.contains("given_name")) {
            return pick(LATIN_NAMES, random);
        }
        if (name.contains("name") || name.equals("receiver") || name.equals("reviewer") || name.contains("holder")) {
            return pick(CHINESE_NAMES, random);
        }
        if (name.contains("font")) {
            return pick(FONTS, random);
        }
        if (name.equals("side")) {
            return random.nextBoolean() ? "front" : "back";
        }
        return pick(WORDS, random);
    }

    static int integer(String field, SplittableRandom random, int width, int height) {
        String name = field.toLowerCase(Locale.ROOT);
        if (name.endsWith("_score")) {
            return random.nextInt(101);
        }
        if (name.equals("width")) {
            return width;
        }
        if (name.equals("height")) {
            return height;
        }
        if (name.endsWith("_id")) {
            return 0;
        }
        return random.nextInt(4);
    }

    static double confidence(SplittableRandom random) {
        return Math.round((0.85 + random.nextDouble() * 0.1499) * 10000) / 10000.0;
    }

    static String amount(SplittableRandom random) {
        return (10 + random.nextInt(9990)) + "." + twoDigits(random.nextInt(100));
    }

    static String date(SplittableRandom random) {
        return (2015 + random.nextInt(10)) + "-" + twoDigits(1 + random.nextInt(12)) + "-"
                + twoDigits(1 + random.nextInt(28));
    }

    static String digits(int count, SplittableRandom random) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
