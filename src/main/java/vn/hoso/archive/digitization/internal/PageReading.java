package vn.hoso.archive.digitization.internal;

/**
 * What the page stages made of one page.
 *
 * @param rotationDegrees clockwise turn applied to make the page upright (0, 90, 180, 270)
 * @param skewDegrees     the skew found, counter-clockwise as seen; corrected when it moves the text by at least
 *                        {@link SkewCorrection#MIN_CORRECTED_DRIFT_PIXELS} across the page
 * @param coverage        share of the page's ink inside confidently read words (0–1)
 * @param quality         mean confidence (0–1) × coverage, see {@link PageQuality}
 * @param durationMillis  the page stages' time on this page, from grey conversion to the quality score
 * @param stages          where the time went, stage by stage (every reading of a page read more than once)
 */
record PageReading(String text, int rotationDegrees, double skewDegrees, double meanConfidence, int wordCount,
                   double coverage, double quality, long durationMillis, StageTimes stages) {

    /** The part of the page's time spent in text recognition itself. */
    long ocrMillis() {
        return stages.millis(PageStage.OCR);
    }
}
