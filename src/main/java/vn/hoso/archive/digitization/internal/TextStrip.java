package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * An image holding a single line of text: a line cut from a form, a label, a caption. Tesseract's page layout
 * analysis finds no text block in such a strip when it is blurred or noisy and returns nothing, and orientation
 * detection finds too few letters in it to say which way up it stands. So a strip is read as one line, and, when
 * that reading is poor, read again the other way up (a quarter turn either way for a strip lying sideways), the
 * better scoring reading being kept.
 */
final class TextStrip {

    /** Rows holding at least this share of the densest row's ink make up a line's core. */
    private static final double CORE_SHARE = 0.25;
    /** Ink this far above or below the core, in core heights, still belongs to its line (tone marks, descenders). */
    private static final double LINE_REACH = 1.0;
    /** The share of the ink that has to lie on the one line. */
    private static final double MIN_INK_ON_LINE = 0.97;
    /** An image taller than this many core heights is a page, even with one line on it. */
    private static final int MAX_HEIGHT_IN_CORES = 5;
    /** A line holds a few letters at least: it is this many core heights long or more. */
    private static final int MIN_LENGTH_IN_CORES = 4;
    private static final int MIN_INK_CELLS = 100;

    /** The clockwise turns to try, most likely upright first. */
    private final List<Integer> turns;

    private TextStrip(List<Integer> turns) {
        this.turns = turns;
    }

    /** The image as a strip of one text line, lying across or sideways; empty for a page (or no ink at all). */
    static Optional<TextStrip> of(BufferedImage compactGray, InkLayout layout) {
        InkMask ink = layout.mask();
        int longer = Math.max(ink.width(), ink.height());
        int shorter = Math.min(ink.width(), ink.height());
        if (ink.inkCount() < MIN_INK_CELLS || longer < MIN_LENGTH_IN_CORES * shorter) {
            return Optional.empty();
        }
        if (isOneLine(rowCounts(ink, false), ink.width())) {
            return Optional.of(new TextStrip(layout.looksUpsideDown() ? List.of(180, 0) : List.of(0, 180)));
        }
        if (isOneLine(rowCounts(ink, true), ink.height())) {
            InkMask quarter = ink.turnedClockwise(90)
                    .orElseGet(() -> InkMask.of(GrayImages.turnClockwise(compactGray, 90)));
            boolean quarterIsUpsideDown = InkLayout.of(quarter).looksUpsideDown();
            return Optional.of(new TextStrip(quarterIsUpsideDown ? List.of(270, 90) : List.of(90, 270)));
        }
        return Optional.empty();
    }

    /**
     * The strip read turned each likely way in turn (by {@code readTurned}, given the clockwise turn) until a reading
     * scores acceptably; the best scoring reading.
     */
    PageRecognition.ReadPage read(IntFunction<PageRecognition.ReadPage> readTurned) {
        PageRecognition.ReadPage best = null;
        for (int turn : turns) {
            PageRecognition.ReadPage reading = readTurned.apply(turn);
            if (best == null || reading.reading().quality() > best.reading().quality()) {
                best = reading;
            }
            if (best.reading().quality() >= PageQuality.ACCEPTABLE_SCORE) {
                break;
            }
        }
        return best;
    }

    /** Ink cells per row of the mask, or per column when {@code sideways}. */
    private static long[] rowCounts(InkMask ink, boolean sideways) {
        long[] rows = new long[sideways ? ink.width() : ink.height()];
        for (int y = 0; y < ink.height(); y++) {
            for (int x = 0; x < ink.width(); x++) {
                if (ink.isInk(x, y)) {
                    rows[sideways ? x : y]++;
                }
            }
        }
        return rows;
    }

    /**
     * Whether nearly all ink lies on one line around the densest row, in an image not much taller than that line and
     * several times longer ({@code length}).
     */
    private static boolean isOneLine(long[] rows, int length) {
        int densest = 0;
        long total = 0;
        for (int row = 0; row < rows.length; row++) {
            total += rows[row];
            densest = rows[row] > rows[densest] ? row : densest;
        }
        long core = Math.max(1, Math.round(rows[densest] * CORE_SHARE));
        int top = densest;
        while (top > 0 && rows[top - 1] >= core) {
            top--;
        }
        int bottom = densest;
        while (bottom < rows.length - 1 && rows[bottom + 1] >= core) {
            bottom++;
        }
        int coreHeight = bottom - top + 1;
        if (rows.length > MAX_HEIGHT_IN_CORES * coreHeight || length < MIN_LENGTH_IN_CORES * coreHeight) {
            return false;
        }
        int reach = (int) Math.ceil(coreHeight * LINE_REACH);
        long onLine = 0;
        for (int row = Math.max(0, top - reach); row <= Math.min(rows.length - 1, bottom + reach); row++) {
            onLine += rows[row];
        }
        return onLine >= MIN_INK_ON_LINE * total;
    }
}
