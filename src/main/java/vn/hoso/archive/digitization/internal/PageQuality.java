package vn.hoso.archive.digitization.internal;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * How far a page's text can be trusted. Mean word confidence alone looks fine on a page where Tesseract read a few
 * lines well and gave up on the rest (a skewed page, a page with a stamp across it), so it is multiplied by the
 * coverage: the share of the page's ink that lies inside words read with some confidence.
 */
final class PageQuality {

    /** Words below this confidence are taken as noise read as letters: their ink counts as not covered. */
    static final double MIN_WORD_CONFIDENCE = 40;
    /**
     * Words taller than this share of the page's longer side are not text but a picture or the whole page taken as
     * one "word" (what Tesseract returns for a page turned 8° or more): their ink counts as not covered.
     */
    static final double MAX_WORD_HEIGHT_SHARE = 1 / 8.0;
    /** Below this score a page should be looked at by a person; clean pages score above 0.9. */
    static final double ACCEPTABLE_SCORE = 0.7;

    private PageQuality() {
    }

    /** @param score mean word confidence (0–1) × coverage */
    record Score(double meanConfidence, double coverage, double score) {

        boolean acceptable() {
            return score >= ACCEPTABLE_SCORE;
        }
    }

    static Score of(BufferedImage compactGray, OcrEngine.RecognizedPage page) {
        return of(compactGray, page, InkMask.of(compactGray));
    }

    /** @param ink the page's ink mask, when it was made already */
    static Score of(BufferedImage compactGray, OcrEngine.RecognizedPage page, InkMask ink) {
        double maxWordHeight = Math.max(compactGray.getWidth(), compactGray.getHeight()) * MAX_WORD_HEIGHT_SHARE;
        List<Rectangle> readWords = page.words().stream()
                .filter(word -> word.confidence() >= MIN_WORD_CONFIDENCE && word.box().height <= maxWordHeight)
                .map(OcrEngine.RecognizedWord::box)
                .toList();
        double coverage = ink.shareCoveredBy(readWords);
        return new Score(page.meanWordConfidence(), coverage, page.meanWordConfidence() / 100 * coverage);
    }
}
