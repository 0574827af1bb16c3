package vn.hoso.archive.digitization.internal;

import java.util.Arrays;

/**
 * What a page's {@link InkMask} tells before the page is read, worked out in one pass over its ink: how far the text
 * lines are skewed, whether they run up and down (the page turned by a quarter), and how the ink sits around the
 * lines' dense cores (which way up the text stands).
 *
 * <p>The skew is the angle at which the ink's horizontal projection profile is sharpest (its sum of squared row
 * counts is largest), searched over ±{@value #MAX_DEGREES}°: first coarsely on a sample of the ink cells, then finely
 * around the best coarse angle on all of them.
 *
 * @param skewDegrees    the text lines' angle, counter-clockwise as seen; 0 when the page holds too little ink to tell
 * @param runsSideways   the column profile, at its sharpest angle, is sharper than the row profile, each measured
 *                       against ink spread evenly over its lines
 * @param inkAboveCores  ink cells above the dense cores of the text lines (ascenders, capitals, tone marks when upright)
 * @param inkBelowCores  ink cells below them (descenders when upright)
 */
record InkLayout(InkMask mask, double skewDegrees, boolean runsSideways, long inkAboveCores, long inkBelowCores) {

    static final double MAX_DEGREES = 5;
    private static final double COARSE_STEP = 0.25;
    private static final double FINE_STEP = 0.025;
    private static final int MIN_INK_CELLS = 200;
    /** The coarse search looks at every n-th ink cell, so that about this many are counted per angle. */
    private static final int COARSE_SAMPLE = 40_000;

    static InkLayout of(InkMask mask) {
        if (mask.inkCount() < MIN_INK_CELLS) {
            return new InkLayout(mask, 0, false, 0, 0);
        }
        float[][] points = inkPoints(mask);
        float[][] sample = everyNth(points, Math.max(1, points[0].length / COARSE_SAMPLE));
        Sharpest across = sharpest(sample, mask.width(), mask.height(), -MAX_DEGREES, MAX_DEGREES, COARSE_STEP);
        Sharpest upAndDown = sharpest(new float[][] {sample[1], sample[0]}, mask.height(), mask.width(),
                -MAX_DEGREES, MAX_DEGREES, COARSE_STEP);
        double skew = sharpest(points, mask.width(), mask.height(), across.degrees() - COARSE_STEP,
                across.degrees() + COARSE_STEP, FINE_STEP).degrees();
        long[] aroundCores = inkAroundCores(profile(points, mask.width(), mask.height(), skew));
        return new InkLayout(mask, skew, upAndDown.sharpness() * mask.width() > across.sharpness() * mask.height(),
                aroundCores[0], aroundCores[1]);
    }

    /**
     * Whether the text seems to stand upside down: in Latin script, Vietnamese above all, more ink rises above a
     * line's dense core (ascenders, capitals, tone marks) than hangs below it (descenders), so a page whose lines carry
     * more ink below their cores than above is likely turned by half.
     */
    boolean looksUpsideDown() {
        return inkBelowCores > inkAboveCores;
    }

    /**
     * How many times more ink stands on the heavier side of the lines' cores than on the lighter one: 1 when the
     * profile cannot tell which way up the text stands, large when it clearly can.
     */
    double upDownContrast() {
        return (double) Math.max(inkAboveCores, inkBelowCores) / Math.max(1, Math.min(inkAboveCores, inkBelowCores));
    }

    private record Sharpest(double degrees, double sharpness) {
    }

    private static Sharpest sharpest(float[][] points, int width, int height, double from, double to, double step) {
        Sharpest best = new Sharpest(0, -1);
        for (double degrees = from; degrees <= to + 1e-9; degrees += step) {
            double sharpness = profileSharpness(profile(points, width, height, degrees));
            if (sharpness > best.sharpness()) {
                best = new Sharpest(degrees, sharpness);
            }
        }
        return best;
    }

    /** Sum of squared counts of ink cells per line. */
    private static double profileSharpness(int[] rows) {
        double sum = 0;
        for (int count : rows) {
            sum += (double) count * count;
        }
        return sum;
    }

    /**
     * Counts of ink cells per line running at the angle (rising to the right for positive angles), top line first.
     * Each cell goes to its nearest line, halves rounding up as {@link Math#round} does: the margin keeps every line's
     * position positive, so adding a half and dropping the fraction is the same, and several times faster here.
     */
    private static int[] profile(float[][] points, int width, int height, double degrees) {
        double slope = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(slope) * width / 2) + 2;
        int[] rows = new int[height + 2 * margin + 2];
        double offset = margin + height / 2 + 0.5;
        float[] xs = points[0];
        float[] ys = points[1];
        for (int i = 0; i < xs.length; i++) {
            rows[(int) (ys[i] + xs[i] * slope + offset)]++;
        }
        return rows;
    }

    /** The ink above and below the cores of all text lines (runs of rows holding more than a trace of ink). */
    private static long[] inkAroundCores(int[] rows) {
        long gap = Math.max(1, Arrays.stream(rows).max().orElse(0) / 50);
        long above = 0;
        long below = 0;
        int line = 0;
        while (line < rows.length) {
            int end = line;
            while (end < rows.length && rows[end] > gap) {
                end++;
            }
            if (end > line) {
                long[] outside = inkAroundCore(rows, line, end);
                above += outside[0];
                below += outside[1];
            }
            line = end + 1;
        }
        return new long[] {above, below};
    }

    /** The ink of the rows from..to-1 above and below its core (the rows holding at least half its densest row's ink). */
    private static long[] inkAroundCore(int[] rows, int from, int to) {
        long densest = 0;
        for (int row = from; row < to; row++) {
            densest = Math.max(densest, rows[row]);
        }
        int coreTop = from;
        while (rows[coreTop] * 2 < densest) {
            coreTop++;
        }
        int coreBottom = to - 1;
        while (rows[coreBottom] * 2 < densest) {
            coreBottom--;
        }
        long above = 0;
        long below = 0;
        for (int row = from; row < coreTop; row++) {
            above += rows[row];
        }
        for (int row = coreBottom + 1; row < to; row++) {
            below += rows[row];
        }
        return new long[] {above, below};
    }

    /** The ink cells' coordinates relative to the mask's centre: x in row 0, y in row 1. */
    private static float[][] inkPoints(InkMask mask) {
        float[][] points = new float[2][mask.inkCount()];
        int n = 0;
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                if (mask.isInk(x, y)) {
                    points[0][n] = x - mask.width() / 2f;
                    points[1][n] = y - mask.height() / 2f;
                    n++;
                }
            }
        }
        return points;
    }

    private static float[][] everyNth(float[][] points, int n) {
        if (n == 1) {
            return points;
        }
        int count = points[0].length / n;
        float[][] sample = new float[2][count];
        for (int i = 0; i < count; i++) {
            sample[0][i] = points[0][i * n];
            sample[1][i] = points[1][i * n];
        }
        return sample;
    }
}
