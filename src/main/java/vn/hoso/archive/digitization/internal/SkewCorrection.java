package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Straightens a page scanned slightly askew. The skew is the angle at which the ink's horizontal projection profile
 * is sharpest (its sum of squared row counts is largest): searched over ±{@value #MAX_DEGREES}° on the page's
 * {@link InkMask}, first coarsely, then finely around the best coarse angle.
 */
final class SkewCorrection {

    static final double MAX_DEGREES = 5;
    /**
     * A skew that moves the text by fewer pixels than this from one side of the page to the other is left alone:
     * Tesseract reads such text as well as straight text, while rotating resamples the page and blurs small print.
     * On the corpus, correcting 0.5–0.9° on short hard lines raised their CER, while correcting well under a degree
     * on full 300-dpi pages lowered it.
     */
    static final int MIN_CORRECTED_DRIFT_PIXELS = 20;
    private static final double COARSE_STEP = 0.25;
    private static final double FINE_STEP = 0.025;
    private static final int MIN_INK_CELLS = 200;

    /** The page straightened, and by how much: positive when the text ran counter-clockwise as seen. */
    record Straightened(BufferedImage page, double skewDegrees) {
    }

    Straightened straighten(BufferedImage compactGray) {
        double skew = estimateDegrees(InkMask.of(compactGray));
        if (compactGray.getWidth() * Math.abs(Math.tan(Math.toRadians(skew))) < MIN_CORRECTED_DRIFT_PIXELS) {
            return new Straightened(compactGray, skew);
        }
        return new Straightened(GrayImages.rotate(compactGray, -skew), skew);
    }

    /** The text lines' angle in degrees, counter-clockwise as seen; 0 when the page holds too little ink to tell. */
    static double estimateDegrees(InkMask mask) {
        if (mask.inkCount() < MIN_INK_CELLS) {
            return 0;
        }
        float[][] points = inkPoints(mask);
        double coarse = sharpestAngle(points, mask, -MAX_DEGREES, MAX_DEGREES, COARSE_STEP);
        return sharpestAngle(points, mask, coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
    }

    private static double sharpestAngle(float[][] points, InkMask mask, double from, double to, double step) {
        double best = 0;
        double bestSharpness = -1;
        for (double degrees = from; degrees <= to + 1e-9; degrees += step) {
            double sharpness = profileSharpness(points, mask, degrees);
            if (sharpness > bestSharpness) {
                bestSharpness = sharpness;
                best = degrees;
            }
        }
        return best;
    }

    /**
     * Whether the ink's lines run up and down rather than across (a page turned by a quarter): its column profile,
     * at its sharpest angle, is sharper than its row profile, each measured against ink spread evenly over its lines.
     */
    static boolean runsSideways(InkMask mask) {
        if (mask.inkCount() < MIN_INK_CELLS) {
            return false;
        }
        float[][] points = inkPoints(mask);
        float[][] transposed = {points[1], points[0]};
        double across = sharpestProfile(points, mask.width(), mask.height()) * mask.height();
        double upAndDown = sharpestProfile(transposed, mask.height(), mask.width()) * mask.width();
        return upAndDown > across;
    }

    private static double sharpestProfile(float[][] points, int width, int height) {
        double best = 0;
        for (double degrees = -MAX_DEGREES; degrees <= MAX_DEGREES + 1e-9; degrees += COARSE_STEP) {
            best = Math.max(best, profileSharpness(points, width, height, degrees));
        }
        return best;
    }

    private static double profileSharpness(float[][] points, InkMask mask, double degrees) {
        return profileSharpness(points, mask.width(), mask.height(), degrees);
    }

    /** Sum of squared counts of ink cells per line running at the angle (rising to the right for positive angles). */
    private static double profileSharpness(float[][] points, int width, int height, double degrees) {
        double sum = 0;
        for (long count : profile(points, width, height, degrees)) {
            sum += (double) count * count;
        }
        return sum;
    }

    /** Counts of ink cells per line running at the angle, top line first. */
    private static long[] profile(float[][] points, int width, int height, double degrees) {
        double slope = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(slope) * width / 2) + 2;
        long[] rows = new long[height + 2 * margin + 2];
        float[] xs = points[0];
        float[] ys = points[1];
        for (int i = 0; i < xs.length; i++) {
            rows[(int) Math.round(ys[i] + xs[i] * slope) + margin + height / 2]++;
        }
        return rows;
    }

    /**
     * Whether the text seems to stand upside down: in Latin script, Vietnamese above all, more ink rises above a
     * line's dense core (ascenders, capitals, tone marks) than hangs below it (descenders), so a page whose lines carry
     * more ink below their cores than above is likely turned by half.
     */
    static boolean looksUpsideDown(InkMask mask) {
        if (mask.inkCount() < MIN_INK_CELLS) {
            return false;
        }
        long[] rows = profile(inkPoints(mask), mask.width(), mask.height(), estimateDegrees(mask));
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
        return below > above;
    }

    /** The ink of the rows from..to-1 above and below its core (the rows holding at least half its densest row's ink). */
    private static long[] inkAroundCore(long[] rows, int from, int to) {
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
}
