package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Which way up a page scanned sideways or upside down stands, from Tesseract's orientation detection (the {@code osd}
 * model), told only when the detection is confident.
 */
final class OrientationCorrection {

    /** OCRmyPDF's default threshold is 14 on a different scale; Tesseract's own confidence is used here. */
    static final double MIN_CONFIDENCE = 2.0;

    private final OcrEngine engine;

    OrientationCorrection(OcrEngine engine) {
        this.engine = engine;
    }

    /** The clockwise turn (0, 90, 180 or 270) that makes the page upright; empty when the detection is not sure. */
    Optional<Integer> confidentCorrection(BufferedImage compactGray) {
        return engine.detectOrientation(compactGray)
                .filter(orientation -> orientation.confidence() >= MIN_CONFIDENCE)
                .map(OrientationCorrection::correction);
    }

    private static int correction(OcrEngine.PageOrientation orientation) {
        return Math.floorMod(-orientation.degrees(), 360);
    }
}
