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

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.operation.ImageFormat;
import io.github.huaweiocr.camel.operation.Limits;

/**
 * Makes an image fit an operation's limits ({@code autoDownscale=true}): when it has more pixels than the API takes
 * (longest side, megapixels) or its base64 is over 10 MB, it is scaled down with its aspect ratio kept and, if
 * still too large, recompressed as JPEG at falling quality. An image within the limits is returned untouched and
 * undecoded. Never upscales: an image below the operation's minimum side is refused, since shrinking cannot fix it.
 */
public final class ImageDownscaler {

    /** JPEG quality of the first attempt (and of rendered PDF pages). */
    public static final float DEFAULT_JPEG_QUALITY = 0.9f;
    private static final float[] QUALITY_STEPS = {0.9f, 0.8f, 0.7f, 0.6f, 0.5f};
    /** Each further shrink when recompression alone cannot meet the byte limit. */
    private static final double SHRINK_STEP = 0.75;

    private ImageDownscaler() {
    }

    /**
     * The image to send: the input array itself when it already fitted.
     */
    public record Result(byte[] data, ImageFormat format, int width, int height) {

        public Result {
            Objects.requireNonNull(data, "data");
        }

        /** The image as a document source; the array is shared, not copied. */
        public DocumentSource.Bytes toSource() {
            return new DocumentSource.Bytes(data, 0, data.length, format, width, height);
        }
    }

    /**
     * Whether an image of this size breaks the operation's pixel or byte limits, i.e. whether {@link #fit} would
     * change it (an image that is too small breaks no limit that shrinking fixes, so it is not counted).
     */
    public static boolean needsFitting(int width, int height, long length, HuaweiOcrOperation operation) {
        Limits limits = operation.limits();
        return !limits.fitsBytes(length) || width > 0 && height > 0 && !limits.fitsPixels(width, height);
    }

    /** Fits an image to an operation's limits. */
    public static Result fit(byte[] image, ImageFormat format, HuaweiOcrOperation operation) {
        return fit(image, format, operation.limits());
    }

    /**
     * Fits an image to the limits.
     *
     * @throws HuaweiOcrInputException when the image is too small, cannot be decoded, or cannot meet the limits
     */
    public static Result fit(byte[] image, ImageFormat format, Limits limits) {
        int[] size = readSize(image, format);
        int width = size[0];
        int height = size[1];
        checkMinSide(width, height, limits, "The image is " + width + "x" + height);
        if (limits.fitsPixels(width, height) && limits.fitsBytes(image.length)) {
            return new Result(image, format, width, height);
        }
        double scale = pixelScale(width, height, limits);
        BufferedImage decoded = decode(image, format);
        while (true) {
            int w = Math.max(1, (int) Math.floor(width * scale));
            int h = Math.max(1, (int) Math.floor(height * scale));
            checkMinSide(w, h, limits, "Shrinking the " + width + "x" + height + " image to meet the "
                    + describe(limits) + " gives " + w + "x" + h);
            BufferedImage scaled = scale < 1.0 ? resize(decoded, w, h) : decoded;
            Result encoded = encodeWithin(scaled, format, limits);
            if (encoded != null) {
                return encoded;
            }
            scale *= SHRINK_STEP;
        }
    }

    /** The largest scale (at most 1) at which the image meets the pixel limits. */
    private static double pixelScale(int width, int height, Limits limits) {
        double scale = 1.0;
        int longSide = Math.max(width, height);
        if (limits.maxSide() > 0 && longSide > limits.maxSide()) {
            scale = Math.min(scale, (double) limits.maxSide() / longSide);
        }
        if (limits.maxMegapixels() > 0) {
            double area = (double) width * height;
            double maxArea = limits.maxMegapixels() * 1_000_000.0;
            if (area > maxArea) {
                scale = Math.min(scale, Math.sqrt(maxArea / area));
            }
        }
        // Floor of width*scale must not round back over a limit.
        while (!limits.fitsPixels((int) Math.floor(width * scale), (int) Math.floor(height * scale))) {
            scale *= 0.999;
        }
        return scale;
    }

    /**
     * PNG stays PNG while it fits (OCR likes lossless edges); everything else, and a PNG that is too large, becomes
     * JPEG at falling quality. Null when no quality step fits the byte limit.
     */
    private static Result encodeWithin(BufferedImage image, ImageFormat original, Limits limits) {
        try {
            if (original == ImageFormat.PNG) {
                byte[] png = encode(image, ImageFormat.PNG, DEFAULT_JPEG_QUALITY);
                if (limits.fitsBytes(png.length)) {
                    return new Result(png, ImageFormat.PNG, image.getWidth(), image.getHeight());
                }
            }
            for (float quality : QUALITY_STEPS) {
                byte[] jpeg = encode(image, ImageFormat.JPEG, quality);
                if (limits.fitsBytes(jpeg.length)) {
                    return new Result(jpeg, ImageFormat.JPEG, image.getWidth(), image.getHeight());
                }
            }
            return null;
        } catch (IOException e) {
            throw new HuaweiOcrInputException("Cannot re-encode the image: " + e.getMessage(), e);
        }
    }

    private static void checkMinSide(int width, int height, Limits limits, String what) {
        if (limits.tooSmall(width, height)) {
            throw new HuaweiOcrInputException(what + ", below the minimum side of " + limits.minSide()
                    + " px for this operation; downscaling cannot make an image larger: send a larger scan");
        }
    }

    private static String describe(Limits limits) {
        StringBuilder sb = new StringBuilder();
        if (limits.maxSide() > 0) {
            sb.append("maximum side of ").append(limits.maxSide()).append(" px, ");
        }
        if (limits.maxMegapixels() > 0) {
            sb.append("maximum of ").append(limits.maxMegapixels()).append(" megapixels, ");
        }
        return sb.append("base64 limit of ").append(limits.maxBase64Length()).append(" bytes").toString();
    }

    private static int[] readSize(byte[] image, ImageFormat format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw undecodable(format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new HuaweiOcrInputException("Cannot read the " + format + " image's size: " + e.getMessage(), e);
        }
    }

    private static BufferedImage decode(byte[] image, ImageFormat format) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw undecodable(format);
            }
            return decoded;
        } catch (IOException e) {
            throw new HuaweiOcrInputException("Cannot decode the " + format + " image to downscale it: "
                    + e.getMessage(), e);
        }
    }

    private static HuaweiOcrInputException undecodable(ImageFormat format) {
        return new HuaweiOcrInputException("autoDownscale cannot decode " + format
                + " images (JPEG, PNG, BMP, GIF and TIFF are supported): convert it before sending");
    }

    /** Bicubic resampling onto an opaque RGB canvas (white behind transparent pixels, as JPEG has no alpha). */
    private static BufferedImage resize(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Encodes as PNG, or as JPEG at {@code quality} (0..1) after flattening any alpha channel onto white. */
    static byte[] encode(BufferedImage image, ImageFormat format, float quality) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == ImageFormat.PNG) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_3BYTE_BGR
                && image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            rgb = resize(image, image.getWidth(), image.getHeight());
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
