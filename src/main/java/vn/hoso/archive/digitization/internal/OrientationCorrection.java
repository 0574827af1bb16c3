package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;

/**
 * Turns a page scanned sideways or upside down upright, using Tesseract's orientation detection (the {@code osd}
 * model). The page is turned only when the detection is confident; otherwise it is left as it came.
 */
final class OrientationCorrection {

    /** OCRmyPDF's default threshold is 14 on a different scale; Tesseract's own confidence is used here. */
    static final double MIN_CONFIDENCE = 2.0;

    private final OcrEngine engine;

    OrientationCorrection(OcrEngine engine) {
        this.engine = engine;
    }

    /** The page upright, and by how many degrees clockwise it was turned to get there (0, 90, 180 or 270). */
    record Oriented(BufferedImage page, int rotationDegrees) {
    }

    Oriented orient(BufferedImage compactGray) {
        return engine.detectOrientation(compactGray)
                .filter(orientation -> orientation.degrees() != 0 && orientation.confidence() >= MIN_CONFIDENCE)
                .map(orientation -> turn(compactGray, correction(orientation)))
                .orElse(new Oriented(compactGray, 0));
    }

    private static Oriented turn(BufferedImage page, int clockwiseDegrees) {
        return new Oriented(GrayImages.turnClockwise(page, clockwiseDegrees), clockwiseDegrees);
    }

    private static int correction(OcrEngine.PageOrientation orientation) {
        return Math.floorMod(-orientation.degrees(), 360);
    }
}
