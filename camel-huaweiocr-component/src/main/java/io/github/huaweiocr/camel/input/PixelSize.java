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
