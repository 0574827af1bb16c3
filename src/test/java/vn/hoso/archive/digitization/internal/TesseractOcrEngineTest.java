package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.demo.SamplePages;

/** The real Tesseract engine (Debian's libtesseract through tess4j) on real pages, measured by character error rate. */
class TesseractOcrEngineTest {

    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final List<String> RENDERED_LINES = List.of("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT",
            "Cấp cho ông Nguyễn Văn An, thửa đất số 125", "Hà Nội, ngày 12 tháng 3 năm 2009");
    private static final List<String> ENGLISH_LINES = List.of("This is a lot of twelve point text",
            "to test the OCR code and see if it works", "on all types of file format.");

    private static TesseractOcrEngine engine;

    @BeforeAll
    static void loadModels() {
        engine = new TesseractOcrEngine(new OcrModels(Path.of("ocr-models")), 300);
    }

    @AfterAll
    static void freeHandles() {
        engine.close();
    }

    @Test
    void readsAnEnglishScan() throws IOException {
        Path page = CORPUS.resolve("eng/phototest.tif");
        if (Files.exists(page)) {
            assertCerBelow(page, "eng", 0.05);
        } else {
            assertRenderedPageReads(ENGLISH_LINES, "eng");
        }
    }

    @Test
    void readsAVietnameseScanWithItsDiacritics() throws IOException {
        Path page = CORPUS.resolve("vie/synth_form_00_00_p1.png");
        if (Files.exists(page)) {
            assertCerBelow(page, "vie+eng", 0.05);
        } else {
            assertRenderedPageReads(RENDERED_LINES, "vie+eng");
        }
    }

    @Test
    void reportsConfidenceWordCountAndProvenance() {
        OcrEngine.RecognizedPage page = engine.recognize(SamplePages.renderPage(RENDERED_LINES), "vie+eng");
        assertThat(page.wordCount()).isGreaterThanOrEqualTo(20);
        assertThat(page.meanWordConfidence()).isBetween(60.0, 100.0);
        OcrEngine.OcrProvenance provenance = engine.provenance("vie+eng");
        assertThat(provenance.engineVersion()).startsWith("5.");
        assertThat(provenance.modelSha256()).containsOnlyKeys("vie", "eng");
        assertThat(provenance.modelSha256().get("vie")).hasSize(64);
    }

    @Test
    void pagesRecognizedOnSeveralThreadsAtOnceReadAsOnOneThread() throws Exception {
        BufferedImage image = SamplePages.renderPage(RENDERED_LINES);
        String alone = engine.recognize(image, "vie+eng").text();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> together = threads.invokeAll(List.of(
                    () -> engine.recognize(image, "vie+eng").text(), () -> engine.recognize(image, "vie+eng").text()));
            for (Future<String> text : together) {
                assertThat(text.get()).isEqualTo(alone);
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void aTransparentBackgroundReadsAsWhitePaper() {
        BufferedImage gray = SamplePages.renderPage(RENDERED_LINES);
        BufferedImage inkOnly = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < gray.getWidth(); x++) {
                int ink = 255 - (gray.getRaster().getSample(x, y, 0));
                inkOnly.setRGB(x, y, ink << 24);
            }
        }
        String text = engine.recognize(inkOnly, "vie+eng").text();
        assertThat(TextErrorRates.characterErrorRate(text, String.join("\n", RENDERED_LINES))).isLessThan(0.05);
    }

    @Test
    void aPartOfALargerImageIsReadAsItself() {
        BufferedImage sheet = new BufferedImage(2000, 2600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.drawImage(SamplePages.renderPage(RENDERED_LINES), 100, 100, null);
        g.dispose();
        BufferedImage page = sheet.getSubimage(100, 100, 1654, 2339);
        String text = engine.recognize(page, "vie+eng").text();
        assertThat(TextErrorRates.characterErrorRate(text, String.join("\n", RENDERED_LINES))).isLessThan(0.05);
    }

    @Test
    void aClosedEngineRefusesRatherThanTouchFreedMemory() {
        TesseractOcrEngine closing = new TesseractOcrEngine(new OcrModels(Path.of("ocr-models")), 300);
        BufferedImage page = SamplePages.renderPage(List.of("Trang 1"));
        closing.recognize(page, "vie");
        closing.close();
        assertThatThrownBy(() -> closing.recognize(page, "vie")).isInstanceOf(IllegalStateException.class);
    }

    private static void assertCerBelow(Path page, String languages, double bound) throws IOException {
        String truth = Files.readString(Path.of(page.toString().replaceAll("\\.[a-z]+$", ".txt")));
        OcrEngine.RecognizedPage recognized = engine.recognize(ImageIO.read(page.toFile()), languages);
        double cer = TextErrorRates.characterErrorRate(recognized.text(), truth);
        System.out.printf("OCR %s (%s): CER %.3f in %d ms%n", page.getFileName(), languages, cer, recognized.durationMillis());
        assertThat(cer).isLessThan(bound);
    }

    private static void assertRenderedPageReads(List<String> lines, String languages) {
        String text = engine.recognize(SamplePages.renderPage(lines), languages).text();
        assertThat(TextErrorRates.characterErrorRate(text, String.join("\n", lines))).isLessThan(0.05);
    }
}
