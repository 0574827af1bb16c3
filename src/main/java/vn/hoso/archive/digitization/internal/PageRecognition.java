package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;

/**
 * The page stages in order: {@code correctOrientation} → {@code correctSkew} → {@code recognizeText} →
 * {@code scoreQuality}. Safe to call from several threads at once (the engine keeps one Tesseract handle per thread).
 */
final class PageRecognition {

    private final OcrEngine engine;
    private final OrientationCorrection orientation;
    private final SkewCorrection skew = new SkewCorrection();

    PageRecognition(OcrEngine engine) {
        this.engine = engine;
        this.orientation = new OrientationCorrection(engine);
    }

    PageReading read(BufferedImage page, String languages) {
        long start = System.nanoTime();
        OrientationCorrection.Oriented upright = orientation.orient(GrayImages.toCompactGray(page));
        SkewCorrection.Straightened straight = skew.straighten(upright.page());
        OcrEngine.RecognizedPage text = engine.recognize(straight.page(), languages);
        PageQuality.Score quality = PageQuality.of(straight.page(), text);
        return new PageReading(text.text(), upright.rotationDegrees(), straight.skewDegrees(), text.meanWordConfidence(),
                text.wordCount(), quality.coverage(), quality.score(), (System.nanoTime() - start) / 1_000_000,
                text.durationMillis());
    }
}
