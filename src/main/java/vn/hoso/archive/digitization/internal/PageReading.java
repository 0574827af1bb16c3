package vn.hoso.archive.digitization.internal;

/**
 * What the page stages made of one page.
 *
 * @param rotationDegrees clockwise turn applied to make the page upright (0, 90, 180, 270)
 * @param skewDegrees     the skew found, counter-clockwise as seen; corrected when it moves the text by at least
 *                        {@link SkewCorrection#MIN_CORRECTED_DRIFT_PIXELS} across the page
 * @param coverage        share of the page's ink inside confidently read words (0–1)
 * @param quality         mean confidence (0–1) × coverage, see {@link PageQuality}
 * @param ocrMillis       the part of {@code durationMillis} spent in text recognition itself (both readings of a page
 *                        read again after it was found upside down)
 */
record PageReading(String text, int rotationDegrees, double skewDegrees, double meanConfidence, int wordCount,
                   double coverage, double quality, long durationMillis, long ocrMillis) {
}
