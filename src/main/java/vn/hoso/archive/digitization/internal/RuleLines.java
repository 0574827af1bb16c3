package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;

/**
 * Long horizontal rules (under titles, across forms and tables) erased from a copy of a page before it is read.
 * Tesseract takes a rule touching a line of text for letters and reads it as garbage ({@code rite hee ee 55S6GG}).
 * A rule is a run along the page, at least 1/{@value #MIN_RUN_FRACTION} of its width, where a band of three rows is
 * darker than the paper on every column, with paper beside the band along most of the run: no word is that long
 * without a gap, while a faint, thin rule straightened to within a fraction of a degree still is, though it steps
 * from one row to the next. Each row is probed every half run length, so only the columns around a possible rule
 * are looked at.
 */
final class RuleLines {

    static final int MIN_RUN_FRACTION = 12;
    /** Grey levels below the paper (the page's median level) from which a pixel counts as part of a rule. */
    static final int DARKER_THAN_PAPER = 30;
    /** Rows between the band's edge and the row beside it that must be mostly paper. */
    private static final int BAND_CLEARANCE = 2;
    private static final double MAX_DARK_SHARE_BESIDE = 1.0 / 3;
    /** The paper's level is the median of every n-th pixel. */
    private static final int PAPER_SAMPLE_STEP = 7;
    private static final byte WHITE = (byte) 0xFF;

    private final byte[] pixels;
    private final int width;
    private final int height;
    private final int dark;
    private BufferedImage erased;

    private RuleLines(BufferedImage compactGray) {
        this.pixels = GrayImages.pixels(compactGray);
        this.width = compactGray.getWidth();
        this.height = compactGray.getHeight();
        this.dark = paperLevel(pixels) - DARKER_THAN_PAPER;
    }

    /** The page with its rules painted white, or the page itself when it has none. */
    static BufferedImage erased(BufferedImage compactGray) {
        RuleLines page = new RuleLines(compactGray);
        page.eraseRules(compactGray);
        return page.erased == null ? compactGray : page.erased;
    }

    private void eraseRules(BufferedImage compactGray) {
        int minRun = Math.max(2, width / MIN_RUN_FRACTION);
        int probeStep = minRun / 2;
        for (int y = 1; y < height - 1; y++) {
            for (int probe = 0; probe + probeStep < width; probe += probeStep) {
                if (isDarkBand(probe, y) && isDarkBand(probe + probeStep, y)) {
                    int from = probe;
                    while (from > 0 && isDarkBand(from - 1, y)) {
                        from--;
                    }
                    int to = probe + probeStep;
                    while (to < width && isDarkBand(to, y)) {
                        to++;
                    }
                    if (to - from >= minRun && hasPaperBeside(y, from, to)) {
                        whiten(compactGray, y, from, to);
                    }
                    probe = to - to % probeStep;
                }
            }
        }
    }

    private boolean isDarkBand(int x, int y) {
        int at = y * width + x;
        return (pixels[at] & 0xFF) < dark || (pixels[at - width] & 0xFF) < dark || (pixels[at + width] & 0xFF) < dark;
    }

    /**
     * Whether the run has paper on both sides, beyond the band, along most of its length: a rule does, even where
     * letters touch it, while a row of blurred text merging into one dark run does not.
     */
    private boolean hasPaperBeside(int y, int from, int to) {
        int beside = BAND_CLEARANCE + 1;
        return darkShare(Math.max(0, y - beside), from, to) < MAX_DARK_SHARE_BESIDE
                && darkShare(Math.min(height - 1, y + beside), from, to) < MAX_DARK_SHARE_BESIDE;
    }

    private double darkShare(int y, int from, int to) {
        int count = 0;
        for (int x = from; x < to; x++) {
            count += (pixels[y * width + x] & 0xFF) < dark ? 1 : 0;
        }
        return (double) count / (to - from);
    }

    /** Paints white, on the copy, the band's pixels darker than the paper from column {@code from} up to {@code to}. */
    private void whiten(BufferedImage compactGray, int y, int from, int to) {
        if (erased == null) {
            erased = copyOf(compactGray);
        }
        byte[] target = GrayImages.pixels(erased);
        for (int row = (y - 1) * width; row <= (y + 1) * width; row += width) {
            for (int x = from; x < to; x++) {
                if ((pixels[row + x] & 0xFF) < dark) {
                    target[row + x] = WHITE;
                }
            }
        }
    }

    private static int paperLevel(byte[] pixels) {
        int[] histogram = new int[256];
        int sampled = 0;
        for (int i = 0; i < pixels.length; i += PAPER_SAMPLE_STEP) {
            histogram[pixels[i] & 0xFF]++;
            sampled++;
        }
        int seen = 0;
        for (int level = 0; level < 256; level++) {
            seen += histogram[level];
            if (seen * 2 >= sampled) {
                return level;
            }
        }
        return 255;
    }

    private static BufferedImage copyOf(BufferedImage compactGray) {
        BufferedImage copy = new BufferedImage(compactGray.getWidth(), compactGray.getHeight(),
                BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = GrayImages.pixels(compactGray);
        System.arraycopy(pixels, 0, GrayImages.pixels(copy), 0, pixels.length);
        return copy;
    }
}
