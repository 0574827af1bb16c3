package vn.hoso.archive.digitization.internal;

/**
 * What one OCR engine did on one folder (or on several, added up): speed and error rates per page. Speed is counted
 * two ways: the wall time of a whole run, and the busy time of each page on the thread that read it (its process's
 * run time for the external engines; every page stage including decoding for Hồ Sơ), which is what a folder's
 * pages cost when folders are read one after the other in one run.
 */
final class EngineTally {

    final String engine;
    int pages;
    long wallMillis;
    long busyMillis;
    double cerSum;
    double werSum;
    int errors;
    /** Page-stage figures, kept for Hồ Sơ's own chain only. */
    final StageTimes stages = new StageTimes();
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
        busyMillis += other.busyMillis;
        cerSum += other.cerSum;
        werSum += other.werSum;
        errors += other.errors;
        stages.add(other.stages);
        lowQuality += other.lowQuality;
        orientationRight += other.orientationRight;
        skewErrorSum += other.skewErrorSum;
        skewChecked += other.skewChecked;
    }

    double pagesPerSecond() {
        return wallMillis == 0 ? 0 : pages * 1000.0 / wallMillis;
    }

    /** Pages per second of {@code threads} threads kept busy with these pages only. */
    double busyPagesPerSecond(int threads) {
        return busyMillis == 0 ? 0 : pages * 1000.0 * threads / busyMillis;
    }

    double cer() {
        return pages == 0 ? 0 : cerSum / pages;
    }

    double wer() {
        return pages == 0 ? 0 : werSum / pages;
    }

    /** Of the threads' time during the run (wall time × threads), the share when no text recognition was running. */
    double outsideOcrShare(int threads) {
        return wallMillis == 0 ? 0 : 1 - (double) stages.millis(PageStage.OCR) / (wallMillis * threads);
    }

    /** Of the threads' time during the run, the share spent in page stages other than text recognition. */
    double stagesOutsideOcrShare(int threads) {
        return wallMillis == 0 ? 0 : (double) stages.outsideOcrMillis() / (wallMillis * threads);
    }

    /** Of the pages' busy time, the share spent in page stages other than text recognition. */
    double busyOutsideOcrShare() {
        return stages.totalMillis() == 0 ? 0 : (double) stages.outsideOcrMillis() / stages.totalMillis();
    }

    double meanSkewError() {
        return skewChecked == 0 ? 0 : skewErrorSum / skewChecked;
    }
}
