package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The page stages: orientation → deskew → rules erased ({@link RuleLines}) → OCR → quality score, with Tesseract's
 * orientation detection only where the page's ink cannot tell which way up it stands (see {@link #readWithImage}).
 * Each stage's time is kept ({@link StageTimes}). Safe to call from several threads at once (the engine keeps one
 * Tesseract handle per thread).
 */
final class PageRecognition {

    /**
     * Ink this many times heavier on one side of the text lines' cores than on the other tells which way up a page
     * stands without Tesseract's orientation detection; a page whose profile is less clear than that is asked about.
     */
    static final double SURE_UP_DOWN_CONTRAST = 1.5;

    /** What the stages do to a page before the engine reads it, as recorded with every reading's provenance. */
    static final String PREPARATION = "page turned upright by its ink layout (OSD where unclear), deskewed within 5°,"
            + " long horizontal rules erased from the copy read";

    private final OcrEngine engine;
    private final OrientationCorrection orientation;

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

    PageReading read(BufferedImage page, String languages, StageTimes times) {
        return readWithImage(page, languages, times).reading();
    }

    ReadPage readWithImage(BufferedImage page, String languages) {
        return readWithImage(page, languages, new StageTimes());
    }

    /**
     * An image of one text line ({@link TextStrip}) is read as one line, the likelier way up first. A page is first read
     * the way up its ink profile shows (lines running across or up and down; more ink above or
     * below the lines' cores); only when that profile is unclear is Tesseract's orientation detection asked first, as
     * it costs about as much as reading a page. When the first reading scores poorly and the profile was not clear
     * ({@link #isSure}), the detection is asked (if it was not yet) and the page read again the way it says, or as it
     * came when the detection is not sure and the profile had turned it; the better scoring reading is kept.
     */
    ReadPage readWithImage(BufferedImage page, String languages, StageTimes times) {
        long start = System.nanoTime();
        BufferedImage gray = times.time(PageStage.GREY, () -> GrayImages.toCompactGray(page));
        InkLayout asItCame = times.time(PageStage.INK_PROFILE, () -> InkLayout.of(InkMask.of(gray)));
        Optional<TextStrip> strip = times.time(PageStage.INK_PROFILE, () -> TextStrip.of(gray, asItCame));
        if (strip.isPresent()) {
            return strip.get().read(turn -> attempt(way(gray, asItCame, turn, times), languages, OcrEngine.Layout.SINGLE_LINE,
                    times).toReadPage((System.nanoTime() - start) / 1_000_000, times));
        }
        Optional<Way> byInk = times.time(PageStage.INK_PROFILE, () -> uprightByInk(gray, asItCame));
        Optional<Integer> detected = byInk.isPresent() ? Optional.empty() : detect(gray, times);
        Way firstWay = byInk.orElseGet(() -> way(gray, asItCame, detected.orElse(0), times));
        List<Attempt> attempts = new ArrayList<>(List.of(attempt(firstWay, languages, OcrEngine.Layout.PAGE, times)));
        if (!attempts.get(0).quality().acceptable() && !isSure(byInk)) {
            Optional<Integer> secondOpinion = byInk.isPresent() ? detect(gray, times) : detected;
            int otherRotation = secondOpinion.orElse(0);
            if (otherRotation != firstWay.rotationDegrees()) {
                attempts.add(attempt(way(gray, asItCame, otherRotation, times), languages, OcrEngine.Layout.PAGE, times));
            }
        }
        Attempt best = attempts.stream().max(Comparator.comparingDouble(attempt -> attempt.quality().score())).orElseThrow();
        return best.toReadPage((System.nanoTime() - start) / 1_000_000, times);
    }

    /**
     * The page turned clockwise by {@code rotationDegrees}, with the ink layout of the page so turned. The layout comes
     * from the page's ink mask turned where that is exact ({@link InkMask#turnedClockwise}), and the page itself is
     * turned only when this way is read.
     */
    private static final class Way {

        private final BufferedImage asItCame;
        private final int rotationDegrees;
        private final InkLayout layout;
        private BufferedImage page;

        private Way(BufferedImage asItCame, int rotationDegrees, InkLayout layout, BufferedImage page) {
            this.asItCame = asItCame;
            this.rotationDegrees = rotationDegrees;
            this.layout = layout;
            this.page = page;
        }

        static Way asItCame(BufferedImage gray, InkLayout layout) {
            return new Way(gray, 0, layout, gray);
        }

        static Way turned(BufferedImage gray, InkLayout asItCame, int clockwiseDegrees) {
            Optional<InkMask> turnedMask = asItCame.mask().turnedClockwise(clockwiseDegrees);
            if (turnedMask.isPresent()) {
                return new Way(gray, clockwiseDegrees, InkLayout.of(turnedMask.get()), null);
            }
            BufferedImage page = GrayImages.turnClockwise(gray, clockwiseDegrees);
            return new Way(gray, clockwiseDegrees, InkLayout.of(InkMask.of(page)), page);
        }

        int rotationDegrees() {
            return rotationDegrees;
        }

        InkLayout layout() {
            return layout;
        }

        BufferedImage page() {
            if (page == null) {
                page = GrayImages.turnClockwise(asItCame, rotationDegrees);
            }
            return page;
        }
    }

    /**
     * Which way up the ink says the page stands, when it clearly says so: lines running across and more ink above
     * their cores (upright) or clearly below (upside down); lines running up and down, turned a quarter clockwise, then
     * the same. Empty when the profile is unclear.
     */
    private static Optional<Way> uprightByInk(BufferedImage gray, InkLayout asItCame) {
        if (!asItCame.runsSideways()) {
            if (!asItCame.looksUpsideDown()) {
                return Optional.of(Way.asItCame(gray, asItCame));
            }
            return asItCame.upDownContrast() >= SURE_UP_DOWN_CONTRAST
                    ? Optional.of(Way.turned(gray, asItCame, 180)) : Optional.empty();
        }
        Way quarter = Way.turned(gray, asItCame, 90);
        if (quarter.layout().runsSideways() || quarter.layout().upDownContrast() < SURE_UP_DOWN_CONTRAST) {
            return Optional.empty();
        }
        return Optional.of(quarter.layout().looksUpsideDown() ? Way.turned(gray, asItCame, 270) : quarter);
    }

    /**
     * A page the ink clearly shows upright, upside down or turned is not asked about again when it reads poorly: on
     * the corpus such pages were always turned right, and what makes them score poorly is elsewhere (pictures, rules
     * and columns not covered by words, blurred or noisy print), while the detection costs as much as a reading.
     */
    private static boolean isSure(Optional<Way> byInk) {
        return byInk.filter(way -> way.layout().upDownContrast() >= SURE_UP_DOWN_CONTRAST).isPresent();
    }

    private Optional<Integer> detect(BufferedImage gray, StageTimes times) {
        return times.time(PageStage.ORIENTATION, () -> orientation.confidentCorrection(gray));
    }

    private static Way way(BufferedImage gray, InkLayout asItCame, int rotationDegrees, StageTimes times) {
        return rotationDegrees == 0 ? Way.asItCame(gray, asItCame)
                : times.time(PageStage.ORIENTATION, () -> Way.turned(gray, asItCame, rotationDegrees));
    }

    /** One reading of the page turned one way: straightened, read and scored. */
    private record Attempt(int rotationDegrees, SkewCorrection.Straightened straight, OcrEngine.RecognizedPage text,
                           PageQuality.Score quality) {

        ReadPage toReadPage(long durationMillis, StageTimes times) {
            PageReading reading = new PageReading(text.text(), rotationDegrees, straight.skewDegrees(),
                    text.meanWordConfidence(), text.wordCount(), quality.coverage(), quality.score(), durationMillis, times);
            return new ReadPage(reading, straight.page(), text.words());
        }
    }

    private Attempt attempt(Way way, String languages, OcrEngine.Layout layout, StageTimes times) {
        BufferedImage page = times.time(PageStage.ORIENTATION, way::page);
        SkewCorrection.Straightened straight = times.time(PageStage.DESKEW,
                () -> SkewCorrection.straighten(page, way.layout().skewDegrees()));
        BufferedImage withoutRules = times.time(PageStage.RULES, () -> RuleLines.erased(straight.page()));
        OcrEngine.RecognizedPage text = times.time(PageStage.OCR,
                () -> engine.recognize(withoutRules, languages, layout));
        PageQuality.Score quality = times.time(PageStage.QUALITY, () -> PageQuality.of(straight.page(), text,
                straight.page() == page ? way.layout().mask() : InkMask.of(straight.page())));
        return new Attempt(way.rotationDegrees(), straight, text, quality);
    }
}
