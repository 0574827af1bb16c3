package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page stages with the real Tesseract engine: turned, skewed and unreadable pages. */
class PageRecognitionTest {

    private static final String LANGUAGES = "vie+eng";
    private static final CorpusPage PAGE = CorpusPage.of("vie/synth_form_00_00_p1.png");

    private static TesseractOcrEngine engine;
    private static PageRecognition recognition;

    @BeforeAll
    static void loadModels() {
        engine = new TesseractOcrEngine(new OcrModels(Path.of("ocr-models")), 300);
        recognition = new PageRecognition(engine);
    }

    @AfterAll
    static void freeHandles() {
        engine.close();
    }

    @Test
    void anUpsideDownPageIsTurnedAndReadAsWellAsUpright() {
        double upright = cer(recognition.read(PAGE.image(), LANGUAGES));
        BufferedImage upsideDown = GrayImages.turnClockwise(PAGE.image(), 180);
        assertThat(cer(engine.recognize(upsideDown, LANGUAGES).text())).as("without the stage").isGreaterThan(0.5);

        PageReading reading = recognition.read(upsideDown, LANGUAGES);
        assertThat(reading.rotationDegrees()).isEqualTo(180);
        assertThat(cer(reading)).isCloseTo(upright, within(0.02));
    }

    @Test
    void aPageScannedSidewaysIsTurnedBack() {
        PageReading reading = recognition.read(GrayImages.turnClockwise(PAGE.image(), 90), LANGUAGES);
        assertThat(reading.rotationDegrees()).isEqualTo(270);
        assertThat(cer(reading)).isLessThan(0.05);
    }

    @Test
    void anUprightPageIsNeitherTurnedNorFlagged() {
        PageReading reading = recognition.read(PAGE.image(), LANGUAGES);
        assertThat(reading.rotationDegrees()).isZero();
        assertThat(reading.quality()).isGreaterThanOrEqualTo(PageQuality.ACCEPTABLE_SCORE);
        assertThat(reading.coverage()).isGreaterThan(0.9);
        assertThat(reading.durationMillis()).isGreaterThanOrEqualTo(reading.ocrMillis());
    }

    @Test
    void aSkewedPageIsStraightenedBeforeItIsRead() {
        PageReading reading = recognition.read(GrayImages.rotate(PAGE.image(), -3.4), LANGUAGES);
        assertThat(reading.skewDegrees()).isCloseTo(-3.4, within(0.5));
        assertThat(cer(reading)).isLessThan(0.05);
    }

    @Test
    void aPageTooSkewedToReadIsFlaggedThoughItsMeanConfidenceLooksFine() {
        BufferedImage askew = GrayImages.rotate(PAGE.image(), 30);
        OcrEngine.RecognizedPage read = engine.recognize(askew, LANGUAGES);
        assertThat(cer(read.text())).as("the page is in fact unreadable").isGreaterThan(0.5);
        assertThat(read.meanWordConfidence()).as("confidence alone would pass it").isGreaterThan(80);

        PageQuality.Score score = PageQuality.of(askew, read);
        assertThat(score.acceptable()).isFalse();
        assertThat(recognition.read(askew, LANGUAGES).quality()).isLessThan(PageQuality.ACCEPTABLE_SCORE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270})
    void aPageWhoseInkClearlyShowsWhichWayUpItStandsIsTurnedWithoutOrientationDetection(int turnedBy) {
        DetectionCounting counting = new DetectionCounting(engine);
        PageReading reading = new PageRecognition(counting).read(GrayImages.turnClockwise(PAGE.image(), turnedBy), LANGUAGES);
        assertThat(reading.rotationDegrees()).isEqualTo(Math.floorMod(-turnedBy, 360));
        assertThat(counting.detections).isZero();
        assertThat(cer(reading)).isLessThan(0.05);
    }

    @Test
    void aPoorReadingAsksOrientationDetectionOnceAndTheStagesAreTimed() {
        DetectionCounting counting = new DetectionCounting(engine);
        StageTimes times = new StageTimes();
        PageReading reading = new PageRecognition(counting).read(GrayImages.rotate(PAGE.image(), 30), LANGUAGES, times);
        assertThat(reading.quality()).isLessThan(PageQuality.ACCEPTABLE_SCORE);
        assertThat(counting.detections).isEqualTo(1);
        assertThat(reading.stages()).isSameAs(times);
        assertThat(times.millis(PageStage.OCR)).isPositive().isEqualTo(reading.ocrMillis());
        assertThat(times.totalMillis()).isBetween(reading.ocrMillis(), reading.durationMillis() + 1);
    }

    /** The real engine, counting how often orientation detection is asked. */
    private static final class DetectionCounting implements OcrEngine {

        private final OcrEngine engine;
        private int detections;

        DetectionCounting(OcrEngine engine) {
            this.engine = engine;
        }

        @Override
        public RecognizedPage recognize(BufferedImage page, String languages) {
            return engine.recognize(page, languages);
        }

        @Override
        public Optional<PageOrientation> detectOrientation(BufferedImage page) {
            detections++;
            return engine.detectOrientation(page);
        }

        @Override
        public OcrProvenance provenance(String languages) {
            return engine.provenance(languages);
        }
    }

    private static double cer(PageReading reading) {
        return cer(reading.text());
    }

    private static double cer(String text) {
        return TextErrorRates.characterErrorRate(text, PAGE.truth());
    }
}
