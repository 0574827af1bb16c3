package vn.hoso.archive.digitization.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;

/** 8-bit grey page images as the page stages use them: compact, white paper, rotated without losing the page. */
final class GrayImages {

    /** Quarter turns copy the page in square tiles of this side, so that reads and writes both stay in the cache. */
    private static final int TURN_TILE = 64;
    /** Rotation works in fixed point with this many bits of fraction. */
    private static final int FIXED_BITS = 16;
    private static final long FIXED_ONE = 1L << FIXED_BITS;
    private static final int WHITE = 255;

    private GrayImages() {
    }

    /** An 8-bit gray image whose bytes are exactly width × height, transparent areas laid over white. */
    static BufferedImage toCompactGray(BufferedImage image) {
        if (isCompactGray(image)) {
            return image;
        }
        if (isCompactBgr(image)) {
            return fromBgr(image);
        }
        if (isBiLevel(image)) {
            return fromBiLevel(image);
        }
        BufferedImage gray = blank(image.getWidth(), image.getHeight());
        Graphics2D g = gray.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    /**
     * Grey from 24-bit colour (what the PNG and JPEG decoders give for colour scans) in one pass over the bytes, with
     * the weights Java2D's own blit to {@code TYPE_BYTE_GRAY} uses, so the result is the same, several times faster.
     */
    private static BufferedImage fromBgr(BufferedImage bgr) {
        BufferedImage gray = new BufferedImage(bgr.getWidth(), bgr.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] from = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        byte[] to = pixels(gray);
        for (int i = 0, j = 0; i < to.length; i++, j += 3) {
            int blue = from[j] & 0xFF;
            int green = from[j + 1] & 0xFF;
            int red = from[j + 2] & 0xFF;
            to[i] = (byte) grey(red, green, blue);
        }
        return gray;
    }

    /**
     * Grey from a 1-bit page (bi-level TIFF scans), each bit looked up in the page's two-colour palette: whole bytes
     * through a table of their eight grey levels, the row's last few bits one by one.
     */
    private static BufferedImage fromBiLevel(BufferedImage biLevel) {
        IndexColorModel palette = (IndexColorModel) biLevel.getColorModel();
        byte[] levels = new byte[2];
        for (int index = 0; index < 2; index++) {
            levels[index] = (byte) grey(palette.getRed(index), palette.getGreen(index), palette.getBlue(index));
        }
        byte[] eightLevels = new byte[256 * 8];
        for (int i = 0; i < eightLevels.length; i++) {
            eightLevels[i] = levels[((i >> 3) >> (7 - (i & 7))) & 1];
        }
        int width = biLevel.getWidth();
        BufferedImage gray = new BufferedImage(width, biLevel.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        MultiPixelPackedSampleModel layout = (MultiPixelPackedSampleModel) biLevel.getRaster().getSampleModel();
        byte[] from = ((DataBufferByte) biLevel.getRaster().getDataBuffer()).getData();
        byte[] to = pixels(gray);
        int stride = layout.getScanlineStride();
        int wholeBytes = width / 8;
        for (int y = 0; y < biLevel.getHeight(); y++) {
            int row = y * stride;
            int at = y * width;
            for (int b = 0; b < wholeBytes; b++, at += 8) {
                System.arraycopy(eightLevels, (from[row + b] & 0xFF) << 3, to, at, 8);
            }
            for (int x = wholeBytes * 8; x < width; x++, at++) {
                to[at] = levels[(from[row + (x >> 3)] >> (7 - (x & 7))) & 1];
            }
        }
        return gray;
    }

    /** Java2D's weights for grey from red, green and blue. */
    private static int grey(int red, int green, int blue) {
        return (77 * red + 150 * green + 29 * blue + 128) >> 8;
    }

    static byte[] pixels(BufferedImage compactGray) {
        return ((DataBufferByte) compactGray.getRaster().getDataBuffer()).getData();
    }

    /** The page turned clockwise by a multiple of 90 degrees, exactly (no resampling). */
    static BufferedImage turnClockwise(BufferedImage compactGray, int degrees) {
        int quarterTurns = Math.floorMod(degrees / 90, 4);
        if (quarterTurns == 0) {
            return compactGray;
        }
        return quarterTurns == 2 ? turnedByHalf(compactGray) : turnedByQuarter(compactGray, quarterTurns == 1);
    }

    /** Turned by half, the page's pixels are the same in reverse order. */
    private static BufferedImage turnedByHalf(BufferedImage compactGray) {
        BufferedImage turned = new BufferedImage(compactGray.getWidth(), compactGray.getHeight(),
                BufferedImage.TYPE_BYTE_GRAY);
        byte[] from = pixels(compactGray);
        byte[] to = pixels(turned);
        for (int i = 0, last = from.length - 1; i <= last; i++) {
            to[last - i] = from[i];
        }
        return turned;
    }

    /** Each row of the page becomes a column of the turned page: the last one (clockwise) or the first one. */
    private static BufferedImage turnedByQuarter(BufferedImage compactGray, boolean clockwise) {
        int width = compactGray.getWidth();
        int height = compactGray.getHeight();
        BufferedImage turned = new BufferedImage(height, width, BufferedImage.TYPE_BYTE_GRAY);
        byte[] from = pixels(compactGray);
        byte[] to = pixels(turned);
        int step = clockwise ? height : -height;
        for (int tileTop = 0; tileTop < height; tileTop += TURN_TILE) {
            for (int tileLeft = 0; tileLeft < width; tileLeft += TURN_TILE) {
                int tileRight = Math.min(width, tileLeft + TURN_TILE);
                for (int y = tileTop; y < Math.min(height, tileTop + TURN_TILE); y++) {
                    int target = clockwise ? tileLeft * height + (height - 1 - y) : (width - 1 - tileLeft) * height + y;
                    for (int at = y * width + tileLeft, end = y * width + tileRight; at < end; at++, target += step) {
                        to[target] = from[at];
                    }
                }
            }
        }
        return turned;
    }

    /**
     * The page rotated by an arbitrary angle around its centre onto a sheet just large enough to hold all of it, the
     * uncovered corners white, so that the ends of a long line are never cut off. Positive degrees turn it
     * counter-clockwise as it is seen. Each pixel is interpolated bilinearly from the four nearest of the page, in
     * fixed point along each row (Java2D's transformed drawing of a grey image took 3–4 times as long).
     */
    static BufferedImage rotate(BufferedImage compactGray, double degrees) {
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        int width = compactGray.getWidth();
        int height = compactGray.getHeight();
        int rotatedWidth = (int) Math.ceil(width * Math.abs(cos) + height * Math.abs(sin));
        int rotatedHeight = (int) Math.ceil(width * Math.abs(sin) + height * Math.abs(cos));
        BufferedImage rotated = new BufferedImage(rotatedWidth, rotatedHeight, BufferedImage.TYPE_BYTE_GRAY);
        byte[] from = pixels(compactGray);
        byte[] to = pixels(rotated);
        long step = Math.round(cos * FIXED_ONE);
        long rise = Math.round(sin * FIXED_ONE);
        for (int y = 0; y < rotatedHeight; y++) {
            double dy = y + 0.5 - rotatedHeight / 2.0;
            double dx = 0.5 - rotatedWidth / 2.0;
            long sourceX = Math.round((width / 2.0 + cos * dx - sin * dy - 0.5) * FIXED_ONE);
            long sourceY = Math.round((height / 2.0 + sin * dx + cos * dy - 0.5) * FIXED_ONE);
            for (int x = 0, at = y * rotatedWidth; x < rotatedWidth; x++, at++, sourceX += step, sourceY += rise) {
                to[at] = (byte) bilinear(from, width, height, sourceX, sourceY);
            }
        }
        return rotated;
    }

    /** The page's grey level at a point given in fixed point, paper white outside the page. */
    private static int bilinear(byte[] pixels, int width, int height, long fixedX, long fixedY) {
        int left = (int) (fixedX >> FIXED_BITS);
        int top = (int) (fixedY >> FIXED_BITS);
        if (left < -1 || top < -1 || left >= width || top >= height) {
            return WHITE;
        }
        int fractionX = (int) ((fixedX >> 8) & 0xFF);
        int fractionY = (int) ((fixedY >> 8) & 0xFF);
        int topRow;
        int bottomRow;
        if (left >= 0 && top >= 0 && left + 1 < width && top + 1 < height) {
            int at = top * width + left;
            topRow = weighted(pixels[at] & 0xFF, pixels[at + 1] & 0xFF, fractionX);
            bottomRow = weighted(pixels[at + width] & 0xFF, pixels[at + width + 1] & 0xFF, fractionX);
        } else {
            topRow = weighted(level(pixels, width, height, left, top), level(pixels, width, height, left + 1, top),
                    fractionX);
            bottomRow = weighted(level(pixels, width, height, left, top + 1),
                    level(pixels, width, height, left + 1, top + 1), fractionX);
        }
        return (weighted(topRow, bottomRow, fractionY) + (1 << 15)) >> 16;
    }

    /** The two values weighted by 256 − fraction and fraction: their mix, 256 times too large. */
    private static int weighted(int first, int second, int fraction) {
        return first * (256 - fraction) + second * fraction;
    }

    private static int level(byte[] pixels, int width, int height, int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? WHITE : pixels[y * width + x] & 0xFF;
    }

    static BufferedImage blank(int width, int height) {
        BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        return gray;
    }

    private static boolean isBiLevel(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_BINARY
                && image.getColorModel() instanceof IndexColorModel palette && palette.getMapSize() == 2
                && image.getRaster().getSampleModel() instanceof MultiPixelPackedSampleModel layout
                && layout.getPixelBitStride() == 1 && layout.getDataBitOffset() == 0
                && image.getRaster().getDataBuffer() instanceof DataBufferByte
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0;
    }

    private static boolean isCompactBgr(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getSampleModel() instanceof ComponentSampleModel layout
                && layout.getScanlineStride() == 3 * image.getWidth()
                && image.getRaster().getDataBuffer() instanceof DataBufferByte bytes
                && bytes.getData().length == 3 * image.getWidth() * image.getHeight()
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0;
    }

    private static boolean isCompactGray(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getSampleModel() instanceof ComponentSampleModel layout
                && layout.getScanlineStride() == image.getWidth()
                && image.getRaster().getDataBuffer() instanceof DataBufferByte bytes
                && bytes.getData().length == image.getWidth() * image.getHeight()
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0;
    }
}
