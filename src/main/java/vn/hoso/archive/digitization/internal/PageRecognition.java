package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.util.List;

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

    /**
     * What the page stages made of a page, with what the archive keeps beside the text: the upright, straightened
     * page image the words were read from, and the words with their boxes in that image.
     */
    record ReadPage(PageReading reading, BufferedImage upright, List<OcrEngine.RecognizedWord> words) {
    }

    PageReading read(BufferedImage page, String languages) {
        return readWithImage(page, languages).reading();
    }

    ReadPage readWithImage(BufferedImage page, String languages) {
        long start = System.nanoTime();
        OrientationCorrection.Oriented upright = orientation.orient(GrayImages.toCompactGray(page));
        SkewCorrection.Straightened straight = skew.straighten(upright.page());
        OcrEngine.RecognizedPage text = engine.recognize(straight.page(), languages);
        PageQuality.Score quality = PageQuality.of(straight.page(), text);
        PageReading reading = new PageReading(text.text(), upright.rotationDegrees(), straight.skewDegrees(),
                text.meanWordConfidence(), text.wordCount(), quality.coverage(), quality.score(),
                (System.nanoTime() - start) / 1_000_000, text.durationMillis());
        return new ReadPage(reading, straight.page(), text.words());
    }
}
