package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * The page stages: orientation → deskew → OCR → quality score, orientation detection only where the page needs it
 * (see {@link #readWithImage}). Safe to call from several threads at once (the engine keeps one Tesseract handle per
 * thread).
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

    /**
     * Orientation detection costs about as much as reading a page, so it runs first only on a page whose ink lies in
     * columns (turned by a quarter) or whose lines look upside down; any other page is read as it came and turned only
     * when that reading is poor and the detection is confident the page is turned.
     */
    ReadPage readWithImage(BufferedImage page, String languages) {
        long start = System.nanoTime();
        BufferedImage gray = GrayImages.toCompactGray(page);
        InkMask ink = InkMask.of(gray);
        Optional<TextStrip> strip = TextStrip.of(gray, ink);
        if (strip.isPresent()) {
            return strip.get().read(turn -> attempt(new OrientationCorrection.Oriented(GrayImages.turnClockwise(gray, turn),
                    turn), languages, OcrEngine.Layout.SINGLE_LINE, start, 0));
        }
        if (SkewCorrection.runsSideways(ink) || SkewCorrection.looksUpsideDown(ink)) {
            return attempt(orientation.orient(gray), languages, OcrEngine.Layout.PAGE, start, 0);
        }
        ReadPage asItCame = attempt(new OrientationCorrection.Oriented(gray, 0), languages, OcrEngine.Layout.PAGE, start, 0);
        if (asItCame.reading().quality() >= PageQuality.ACCEPTABLE_SCORE) {
            return asItCame;
        }
        OrientationCorrection.Oriented upright = orientation.orient(gray);
        if (upright.rotationDegrees() == 0) {
            return asItCame;
        }
        ReadPage turned = attempt(upright, languages, OcrEngine.Layout.PAGE, start, asItCame.reading().ocrMillis());
        return turned.reading().quality() >= asItCame.reading().quality() ? turned : asItCame;
    }

    /** Straightens, reads and scores the page; the OCR time counts {@code earlierOcrMillis} spent on this page before. */
    private ReadPage attempt(OrientationCorrection.Oriented upright, String languages, OcrEngine.Layout layout, long start,
                             long earlierOcrMillis) {
        SkewCorrection.Straightened straight = skew.straighten(upright.page());
        OcrEngine.RecognizedPage text = engine.recognize(straight.page(), languages, layout);
        PageQuality.Score quality = PageQuality.of(straight.page(), text);
        PageReading reading = new PageReading(text.text(), upright.rotationDegrees(), straight.skewDegrees(),
                text.meanWordConfidence(), text.wordCount(), quality.coverage(), quality.score(),
                (System.nanoTime() - start) / 1_000_000, earlierOcrMillis + text.durationMillis());
        return new ReadPage(reading, straight.page(), text.words());
    }
}
