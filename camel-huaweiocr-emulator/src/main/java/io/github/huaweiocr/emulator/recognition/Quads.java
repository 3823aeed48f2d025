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

import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Quadrilaterals as Huawei writes them: four integer {@code [x, y]} points, clockwise from the top-left, inside the
 * image.
 */
final class Quads {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Quads() {
    }

    /** An axis-aligned box clipped to a {@code imageWidth} x {@code imageHeight} image. */
    static ArrayNode box(int x, int y, int boxWidth, int boxHeight, int imageWidth, int imageHeight) {
        int left = clamp(x, imageWidth - 1);
        int top = clamp(y, imageHeight - 1);
        int right = clamp(x + Math.max(1, boxWidth), imageWidth - 1);
        int bottom = clamp(y + Math.max(1, boxHeight), imageHeight - 1);
        return JSON.arrayNode()
                .add(point(left, top))
                .add(point(right, top))
                .add(point(right, bottom))
                .add(point(left, bottom));
    }

    /** A box of random position and size inside the image. */
    static ArrayNode random(SplittableRandom random, int imageWidth, int imageHeight) {
        int x = random.nextInt(Math.max(1, imageWidth * 3 / 5));
        int y = random.nextInt(Math.max(1, imageHeight * 4 / 5));
        int boxWidth = 1 + random.nextInt(Math.max(1, imageWidth - x - 1));
        int boxHeight = 1 + random.nextInt(Math.max(1, Math.min(imageHeight - y - 1, imageHeight / 10 + 1)));
        return box(x, y, boxWidth, boxHeight, imageWidth, imageHeight);
    }

    static ArrayNode point(int x, int y) {
        return JSON.arrayNode().add(x).add(y);
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, Math.max(0, max)));
    }
}
