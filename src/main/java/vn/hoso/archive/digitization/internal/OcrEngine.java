package vn.hoso.archive.digitization.internal;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recognizes the text of one page image. Implementations are safe to call from several threads at once. */
interface OcrEngine {

    RecognizedPage recognize(BufferedImage page, String languages, Layout layout);

    default RecognizedPage recognize(BufferedImage page, String languages) {
        return recognize(page, languages, Layout.PAGE);
    }

    /** Which way up the page's text stands; empty when the page holds too few letters to tell. */
    Optional<PageOrientation> detectOrientation(BufferedImage page);

    OcrProvenance provenance(String languages);

    /** How the image is taken: a page whose blocks and lines are found by layout analysis, or one line of text. */
    enum Layout {
        PAGE,
        SINGLE_LINE
    }

    record RecognizedPage(String text, double meanWordConfidence, int wordCount, long durationMillis,
                          List<RecognizedWord> words) {
    }

    /**
     * A word's text, its bounding box in page pixels, Tesseract's confidence in it (0–100) and the number of the
     * text line it stands in (counting from 0 in reading order).
     */
    record RecognizedWord(String text, Rectangle box, double confidence, int line) {
    }

    /**
     * @param degrees    how far the text is turned clockwise from upright, in Tesseract's terms (0, 90, 180, 270)
     * @param confidence Tesseract's orientation confidence; around 2 and below means a guess
     */
    record PageOrientation(int degrees, double confidence) {
    }

    /** How text was produced, recorded with every page so the archive can later say which engine and model read it. */
    record OcrProvenance(String engine, String engineVersion, Map<String, String> modelSha256, String parameters) {
    }
}
