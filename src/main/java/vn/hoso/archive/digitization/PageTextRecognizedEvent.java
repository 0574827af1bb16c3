package vn.hoso.archive.digitization;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * The text of one page, with how it was produced. Pages count from 1; {@code run} counts the document's OCR runs
 * from 1, and a page of a later run supersedes the same page of earlier runs (a re-OCR with a newer model).
 *
 * @param source         whether the text was recognized in the page image or taken from a born-digital text layer
 * @param uncertainWords the words read with low confidence, the first places a reviewer should look
 * @param pageImageKey   object key of the page image the text was read from (upright, straightened); null for a
 *                       text layer
 */
@Revision("2")
public record PageTextRecognizedEvent(
        String documentId,
        String dossierId,
        int run,
        int pageNumber,
        String text,
        TextSource source,
        Measures measures,
        Provenance provenance,
        List<UncertainWord> uncertainWords,
        String pageImageKey) {

    public enum TextSource {
        OCR,
        TEXT_LAYER
    }

    /**
     * How the page was read. A text layer is the document's own text: confidence 100, coverage and quality 1.
     *
     * @param rotationDegrees clockwise turn applied to make the page upright (0, 90, 180, 270)
     * @param skewDegrees     skew found in the upright page, counter-clockwise as seen
     * @param coverage        share of the page's ink inside confidently read words (0–1)
     * @param quality         mean confidence (0–1) × coverage; below the review threshold a person checks the page
     */
    public record Measures(double meanWordConfidence, int wordCount, double coverage, double quality,
                           int rotationDegrees, double skewDegrees, long durationMillis, boolean needsReview) {
    }

    /**
     * @param modelSha256 SHA-256 of each model file used, by language, in the order Tesseract was given them
     * @param parameters  engine settings that change the result, e.g. {@code oem=LSTM psm=3 dpi=300}
     */
    public record Provenance(String engine, String engineVersion, String languages, Map<String, String> modelSha256,
                             String parameters) {
    }

    /** A word read with low confidence (0–100), as a suggested fix for a reviewer. */
    public record UncertainWord(String text, double confidence) {
    }

    public double meanWordConfidence() {
        return measures.meanWordConfidence();
    }
}
