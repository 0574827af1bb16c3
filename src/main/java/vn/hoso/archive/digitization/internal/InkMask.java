package vn.hoso.archive.digitization.internal;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where the ink is on a page, at a reduced resolution: the page is averaged over square blocks so that its longer
 * side is at most {@value #MAX_SIDE} cells, then split into ink and paper at Otsu's threshold.
 */
final class InkMask {

    static final int MAX_SIDE = 1200;
    /** Grey levels between the mean ink and the mean paper below which a page is taken as blank. */
    private static final int MIN_CONTRAST = 60;

    private final int width;
    private final int height;
    private final int block;
    private final boolean[] ink;
    private final int inkCount;
    /** Whether the cells cover the whole page, no columns or rows left over at its right or bottom edge. */
    private final boolean tilesPage;

    private InkMask(int width, int height, int block, boolean[] ink, boolean tilesPage) {
        this.width = width;
        this.height = height;
        this.block = block;
        this.ink = ink;
        this.tilesPage = tilesPage;
        int count = 0;
        for (boolean cell : ink) {
            count += cell ? 1 : 0;
        }
        this.inkCount = count;
    }

    static InkMask of(BufferedImage compactGray) {
        int block = Math.max(1, (int) Math.ceil(Math.max(compactGray.getWidth(), compactGray.getHeight()) / (double) MAX_SIDE));
        int width = compactGray.getWidth() / block;
        int height = compactGray.getHeight() / block;
        int[] means = blockMeans(compactGray, block, width, height);
        int threshold = otsuThreshold(means);
        boolean[] ink = new boolean[means.length];
        for (int i = 0; i < means.length; i++) {
            ink[i] = means[i] <= threshold;
        }
        return new InkMask(width, height, block, ink,
                width * block == compactGray.getWidth() && height * block == compactGray.getHeight());
    }

    /**
     * The mask of the page turned clockwise by a multiple of 90 degrees, made by turning this mask's cells: exactly the
     * mask made from the turned page when the cells tile the page (each cell then holds the same pixels, and the
     * threshold is the same); empty when columns or rows are left over at the page's right or bottom edge.
     */
    Optional<InkMask> turnedClockwise(int degrees) {
        int quarterTurns = Math.floorMod(degrees / 90, 4);
        if (quarterTurns == 0) {
            return Optional.of(this);
        }
        if (!tilesPage) {
            return Optional.empty();
        }
        boolean sideways = quarterTurns % 2 == 1;
        int turnedWidth = sideways ? height : width;
        boolean[] turned = new boolean[ink.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int at = switch (quarterTurns) {
                    case 1 -> x * turnedWidth + (height - 1 - y);
                    case 2 -> (height - 1 - y) * turnedWidth + (width - 1 - x);
                    default -> (width - 1 - x) * turnedWidth + y;
                };
                turned[at] = ink[y * width + x];
            }
        }
        return Optional.of(new InkMask(turnedWidth, sideways ? width : height, block, turned, true));
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int inkCount() {
        return inkCount;
    }

    boolean isInk(int x, int y) {
        return ink[y * width + x];
    }

    /** The share of ink cells inside at least one of the rectangles, given in page pixels. */
    double shareCoveredBy(Iterable<Rectangle> pageRectangles) {
        if (inkCount == 0) {
            return 0;
        }
        boolean[] covered = new boolean[ink.length];
        for (Rectangle box : pageRectangles) {
            markCovered(covered, box);
        }
        int inkCovered = 0;
        for (int i = 0; i < ink.length; i++) {
            inkCovered += ink[i] && covered[i] ? 1 : 0;
        }
        return (double) inkCovered / inkCount;
    }

    private void markCovered(boolean[] covered, Rectangle box) {
        int left = Math.max(0, box.x / block);
        int top = Math.max(0, box.y / block);
        int right = Math.min(width - 1, (box.x + box.width) / block);
        int bottom = Math.min(height - 1, (box.y + box.height) / block);
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                covered[y * width + x] = true;
            }
        }
    }

    /**
     * Each cell's mean grey level: the rows of a band of cells are first added up column by column (a loop the JIT
     * compiler turns into vector instructions), then each cell's columns.
     */
    private static int[] blockMeans(BufferedImage compactGray, int block, int width, int height) {
        byte[] pixels = GrayImages.pixels(compactGray);
        int stride = compactGray.getWidth();
        int[] columns = new int[width * block];
        int[] means = new int[width * height];
        int area = block * block;
        for (int band = 0; band < height; band++) {
            Arrays.fill(columns, 0);
            for (int y = band * block; y < (band + 1) * block; y++) {
                addRow(pixels, y * stride, columns);
            }
            for (int cell = 0, column = 0; cell < width; cell++) {
                int sum = 0;
                for (int end = column + block; column < end; column++) {
                    sum += columns[column];
                }
                means[band * width + cell] = sum / area;
            }
        }
        return means;
    }

    private static void addRow(byte[] pixels, int from, int[] columns) {
        for (int x = 0; x < columns.length; x++) {
            columns[x] += pixels[from + x] & 0xFF;
        }
    }

    /** The grey level that best separates ink from paper, or -1 (no ink) when the two differ too little. */
    private static int otsuThreshold(int[] levels) {
        long[] histogram = new long[256];
        for (int level : levels) {
            histogram[level]++;
        }
        long total = levels.length;
        double sumAll = 0;
        for (int level = 0; level < 256; level++) {
            sumAll += (double) level * histogram[level];
        }
        double sumBelow = 0;
        long countBelow = 0;
        double bestSpread = -1;
        int best = -1;
        double bestContrast = 0;
        for (int level = 0; level < 256; level++) {
            countBelow += histogram[level];
            sumBelow += (double) level * histogram[level];
            long countAbove = total - countBelow;
            if (countBelow == 0 || countAbove == 0) {
                continue;
            }
            double meanBelow = sumBelow / countBelow;
            double meanAbove = (sumAll - sumBelow) / countAbove;
            double spread = (double) countBelow * countAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (spread > bestSpread) {
                bestSpread = spread;
                best = level;
                bestContrast = meanAbove - meanBelow;
            }
        }
        return bestContrast < MIN_CONTRAST ? -1 : best;
    }
}
