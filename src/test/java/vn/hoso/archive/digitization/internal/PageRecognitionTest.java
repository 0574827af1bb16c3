package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoso.archive.demo.SamplePages;

/** The page stages with the real Tesseract engine: turned, skewed and unreadable pages, and single text lines. */
class PageRecognitionTest {

    private static final String LANGUAGES = "vie+eng";
    private static final CorpusPage PAGE = CorpusPage.of("vie/synth_form_00_00_p1.png");
    private static final String LINE = "Cấp cho ông Nguyễn Văn An, thôn Thanh Thùy, xã Thanh Oai,";
    private static final BufferedImage STRIP = inkWithMargin(SamplePages.renderPage(List.of(LINE)), 12);

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
        BufferedImage inkProfileUnclear = GrayImages.rotate(PAGE.image(), 15);
        PageReading reading = new PageRecognition(counting).read(inkProfileUnclear, LANGUAGES, times);
        assertThat(reading.quality()).isLessThan(PageQuality.ACCEPTABLE_SCORE);
        assertThat(counting.detections).isEqualTo(1);
        assertThat(reading.stages()).isSameAs(times);
        assertThat(times.millis(PageStage.OCR)).isPositive().isEqualTo(reading.ocrMillis());
        assertThat(times.totalMillis()).isBetween(reading.ocrMillis(), reading.durationMillis() + 1);
    }

    @Test
    void theRuleUnderATitleIsNotReadAsText() {
        CorpusPage ruled = CorpusPage.of("vie/synth_formal_000_p1.png");
        PageReading reading = recognition.read(ruled.image(), LANGUAGES);
        assertThat(TextErrorRates.characterErrorRate(reading.text(), ruled.truth()))
                .as("the title, which the truth leaves out, costs 0.033; the rule read as letters cost 0.042")
                .isLessThan(0.036);
    }

    /** The real engine, counting how often orientation detection is asked. */
    private static final class DetectionCounting implements OcrEngine {

        private final OcrEngine engine;
        private int detections;

        DetectionCounting(OcrEngine engine) {
            this.engine = engine;
        }

        @Override
        public RecognizedPage recognize(BufferedImage page, String languages, Layout layout) {
            return engine.recognize(page, languages, layout);
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

    @Test
    void aLineIsAStripAndAPageIsNot() {
        assertThat(TextStrip.of(STRIP, InkLayout.of(InkMask.of(STRIP)))).isPresent();
        BufferedImage sideways = GrayImages.turnClockwise(STRIP, 90);
        assertThat(TextStrip.of(sideways, InkLayout.of(InkMask.of(sideways)))).isPresent();
        BufferedImage page = PAGE.image();
        assertThat(TextStrip.of(page, InkLayout.of(InkMask.of(page)))).isEmpty();
        BufferedImage pageSideways = GrayImages.turnClockwise(page, 90);
        assertThat(TextStrip.of(pageSideways, InkLayout.of(InkMask.of(pageSideways)))).isEmpty();
    }

    @Test
    void anUprightLineIsReadAsItCame() {
        PageReading reading = recognition.read(STRIP, LANGUAGES);
        assertThat(reading.rotationDegrees()).isZero();
        assertThat(lineCer(reading)).isLessThan(0.05);
    }

    @Test
    void aLineUpsideDownIsTurnedBack() {
        BufferedImage upsideDown = GrayImages.turnClockwise(STRIP, 180);
        PageReading reading = recognition.read(upsideDown, LANGUAGES);
        assertThat(reading.rotationDegrees()).isEqualTo(180);
        assertThat(lineCer(reading)).isLessThan(0.05);
    }

    @Test
    void aLineLyingSidewaysIsTurnedBack() {
        PageReading reading = recognition.read(GrayImages.turnClockwise(STRIP, 90), LANGUAGES);
        assertThat(reading.rotationDegrees()).isEqualTo(270);
        assertThat(lineCer(reading)).isLessThan(0.05);
    }

    private static double lineCer(PageReading reading) {
        return TextErrorRates.characterErrorRate(reading.text(), LINE);
    }

    private static double cer(PageReading reading) {
        return cer(reading.text());
    }

    private static double cer(String text) {
        return TextErrorRates.characterErrorRate(text, PAGE.truth());
    }

    /** The part of the page holding ink, with a white margin around it. */
    private static BufferedImage inkWithMargin(BufferedImage page, int margin) {
        byte[] pixels = GrayImages.pixels(page);
        int width = page.getWidth();
        int left = width;
        int right = 0;
        int top = page.getHeight();
        int bottom = 0;
        for (int i = 0; i < pixels.length; i++) {
            if ((pixels[i] & 0xFF) < 128) {
                left = Math.min(left, i % width);
                right = Math.max(right, i % width);
                top = Math.min(top, i / width);
                bottom = Math.max(bottom, i / width);
            }
        }
        BufferedImage strip = page.getSubimage(left - margin, top - margin, right - left + 2 * margin,
                bottom - top + 2 * margin);
        return GrayImages.toCompactGray(copyOf(strip));
    }

    private static BufferedImage copyOf(BufferedImage image) {
        BufferedImage copy = GrayImages.blank(image.getWidth(), image.getHeight());
        copy.getGraphics().drawImage(image, 0, 0, null);
        return copy;
    }
}
