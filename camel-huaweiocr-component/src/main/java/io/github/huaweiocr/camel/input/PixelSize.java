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
package io.github.huaweiocr.camel.input;

/** Width and height of an image in pixels. */
public record PixelSize(int width, int height) {

    /** The shorter side. */
    public int shortSide() {
        return Math.min(width, height);
    }

    /** The longer side. */
    public int longSide() {
        return Math.max(width, height);
    }

    /** Area in megapixels. */
    public double megapixels() {
        return (double) width * height / 1_000_000d;
    }

    @Override
    public String toString() {
        return width + "x" + height + " px";
    }
}
