package vn.hoso.archive.digitization.internal;

/** What one OCR engine did on one folder (or on several, added up): speed and error rates per page. */
final class EngineTally {

    final String engine;
    int pages;
    long wallMillis;
    double cerSum;
    double werSum;
    int errors;
    /** Page-stage figures, kept for Hồ Sơ's own chain only. */
    long ocrMillis;
    int lowQuality;
    int orientationRight;
    double skewErrorSum;
    int skewChecked;

    EngineTally(String engine) {
        this.engine = engine;
    }

    void addPage(String recognized, String truth) {
        pages++;
        cerSum += TextErrorRates.characterErrorRate(recognized, truth);
        werSum += TextErrorRates.wordErrorRate(recognized, truth);
    }

    /** A page the engine failed on counts as read wrongly throughout. */
    void addFailedPage() {
        pages++;
        errors++;
        cerSum += 1;
        werSum += 1;
    }

    void add(EngineTally other) {
        pages += other.pages;
        wallMillis += other.wallMillis;
        cerSum += other.cerSum;
        werSum += other.werSum;
        errors += other.errors;
        ocrMillis += other.ocrMillis;
        lowQuality += other.lowQuality;
        orientationRight += other.orientationRight;
        skewErrorSum += other.skewErrorSum;
        skewChecked += other.skewChecked;
    }

    double pagesPerSecond() {
        return wallMillis == 0 ? 0 : pages * 1000.0 / wallMillis;
    }

    double cer() {
        return pages == 0 ? 0 : cerSum / pages;
    }

    double wer() {
        return pages == 0 ? 0 : werSum / pages;
    }

    /** The share of wall time the threads did not spend inside Tesseract's recognition. */
    double outsideOcrShare(int threads) {
        return wallMillis == 0 ? 0 : 1 - (double) ocrMillis / (wallMillis * threads);
    }

    double meanSkewError() {
        return skewChecked == 0 ? 0 : skewErrorSum / skewChecked;
    }
}
