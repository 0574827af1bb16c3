package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.hoso.archive.TestDocuments;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.archive.digitization.DigitizationFailure;

class PageImagesTest {

    private final PageImages pageImages = new PageImages(150);

    @TempDir
    Path work;

    @Test
    void everyPageOfAMultiPageTiffInOrder() throws Exception {
        Path tiff = Files.write(work.resolve("hop.tif"),
                TestDocuments.tiff(TestDocuments.page("1"), TestDocuments.page("2"), TestDocuments.page("3")));
        assertThat(visit(tiff, "image/tiff")).containsExactly("1:1654x2339", "2:1654x2339", "3:1654x2339");
    }

    @Test
    void everyPageOfAScannedPdfRasterizedAtTheConfiguredResolution() throws Exception {
        Path pdf = Files.write(work.resolve("scan.pdf"), TestDocuments.imageOnlyPdf(3));
        assertThat(visit(pdf, "application/pdf")).containsExactly("1:1240x1753", "2:1240x1753", "3:1240x1753");
    }

    @Test
    void aTruncatedPdfIsUnreadable() throws IOException {
        Path pdf = Files.write(work.resolve("cut.pdf"), TestDocuments.truncatedPdf());
        assertThatThrownBy(() -> visit(pdf, "application/pdf"))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.failure()).isEqualTo(DigitizationFailure.UNREADABLE_DOCUMENT));
    }

    @Test
    void anImageDeclaringTooManyPixelsIsRefusedBeforeDecoding() throws IOException {
        Path bomb = Files.write(work.resolve("bomb.png"), TestDocuments.pngDeclaring(60_000, 60_000));
        assertThatThrownBy(() -> visit(bomb, "image/png"))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.failure()).isEqualTo(DigitizationFailure.IMAGE_TOO_LARGE))
                .hasMessageContaining("60000 × 60000");
    }

    @Test
    void thePixelLimitIsASetting() throws Exception {
        Path page = Files.write(work.resolve("a4.png"), TestDocuments.png(TestDocuments.page("1")));
        assertThatThrownBy(() -> new PageImages(150, new PixelLimit(1_000_000)).forEachPage(page, "image/png",
                (number, image) -> { }))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.failure()).isEqualTo(DigitizationFailure.IMAGE_TOO_LARGE))
                .hasMessageContaining("at most 1000000 pixels");
        assertThat(visit(page, "image/png")).hasSize(1);
    }

    @Test
    void aPdfThatNeedsAPasswordOrCarriesJavaScriptIsNeverRendered() throws IOException {
        Path locked = Files.write(work.resolve("locked.pdf"), BrokenDocuments.encryptedPdf());
        assertThatThrownBy(() -> visit(locked, "application/pdf")).isInstanceOfSatisfying(UnreadableDocumentException.class,
                e -> assertThat(e.failure()).isEqualTo(DigitizationFailure.ENCRYPTED_DOCUMENT));
        Path script = Files.write(work.resolve("script.pdf"), BrokenDocuments.pdfWithJavaScript());
        assertThatThrownBy(() -> visit(script, "application/pdf")).isInstanceOfSatisfying(UnreadableDocumentException.class,
                e -> assertThat(e.failure()).isEqualTo(DigitizationFailure.ACTIVE_CONTENT));
    }

    @Test
    void countsPagesWithoutRenderingThem() throws Exception {
        Path tiff = Files.write(work.resolve("hop.tif"), TestDocuments.tiff(TestDocuments.page("1"), TestDocuments.page("2")));
        Path pdf = Files.write(work.resolve("scan.pdf"), TestDocuments.imageOnlyPdf(3));
        Path jpeg = Files.write(work.resolve("scan.jpg"), TestDocuments.jpeg(TestDocuments.page("1")));
        assertThat(pageImages.pageCount(tiff, "image/tiff")).isEqualTo(2);
        assertThat(pageImages.pageCount(pdf, "application/pdf")).isEqualTo(3);
        assertThat(pageImages.pageCount(jpeg, "image/jpeg")).isEqualTo(1);
        assertThat(visit(jpeg, "image/jpeg")).containsExactly("1:1654x2339");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTiffWhosePagesPointBackAtEachOtherIsRefused() throws IOException {
        Path tiff = Files.write(work.resolve("loop.tif"), BrokenDocuments.cyclicTiff());
        assertThatThrownBy(() -> pageImages.pageCount(tiff, "image/tiff"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("more than " + PageImages.MAX_PAGES + " pages");
    }

    @Test
    void aPdfHoldingAnImageDeclaringTooManyPixelsIsRefusedBeforeDecoding() throws IOException {
        Path pdf = Files.write(work.resolve("bomb.pdf"), BrokenDocuments.pdfWithImageDeclaring(60_000, 60_000));
        assertThatThrownBy(() -> visit(pdf, "application/pdf"))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.failure()).isEqualTo(DigitizationFailure.IMAGE_TOO_LARGE))
                .hasMessageContaining("60000 × 60000");
    }

    @Test
    void aPdfPageWhoseScanIsMissingFailsInsteadOfReadingAsBlank() throws IOException {
        Path pdf = Files.write(work.resolve("missing.pdf"), BrokenDocuments.pdfDrawingAMissingImage());
        assertThatThrownBy(() -> visit(pdf, "application/pdf"))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.failure()).isEqualTo(DigitizationFailure.UNREADABLE_DOCUMENT))
                .hasMessageContaining("Page 1");
    }

    @Test
    void aPdfPageWhoseScanCannotBeDecodedFailsInsteadOfReadingAsBlank() throws IOException {
        Path pdf = Files.write(work.resolve("damaged.pdf"), BrokenDocuments.pdfWithUndecodableJpeg());
        assertThatThrownBy(() -> visit(pdf, "application/pdf"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("Page 1");
    }

    @Test
    void aFailureOfTheVisitorIsNotBlamedOnTheDocument() throws IOException {
        Path png = Files.write(work.resolve("scan.png"), TestDocuments.png(TestDocuments.page("1")));
        assertThatThrownBy(() -> pageImages.forEachPage(png, "image/png", (number, image) -> {
            throw new IllegalStateException("OCR threads are gone");
        })).isExactlyInstanceOf(IllegalStateException.class);
    }

    @Test
    void bytesNoDecoderRecognizesAreUnreadable() throws IOException {
        Path garbage = Files.write(work.resolve("x.png"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThatThrownBy(() -> visit(garbage, "image/png")).isInstanceOf(UnreadableDocumentException.class);
    }

    private List<String> visit(Path file, String mediaType) throws Exception {
        List<String> pages = new ArrayList<>();
        int count = pageImages.forEachPage(file, mediaType,
                (number, image) -> pages.add(number + ":" + image.getWidth() + "x" + image.getHeight()));
        assertThat(count).isEqualTo(pages.size());
        return pages;
    }
}
