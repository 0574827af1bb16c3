package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.TestDocuments;
import org.junit.jupiter.api.io.TempDir;

class MediaTypeDetectorTest {

    private final MediaTypeDetector detector = new MediaTypeDetector();

    @TempDir
    Path work;

    @Test
    void aPdfNamedLikeSomethingElseIsStillAPdf() throws IOException {
        Path file = Files.write(work.resolve("scan.bin"), TestDocuments.imageOnlyPdf(1));
        assertThat(detector.detect(file)).isEqualTo("application/pdf");
        assertThat(detector.isSupported("application/pdf")).isTrue();
    }

    @Test
    void textNamedLikeAnImageIsText() throws IOException {
        Path file = Files.writeString(work.resolve("scan.png"), "Giấy chứng nhận");
        assertThat(detector.detect(file)).isEqualTo("text/plain");
        assertThat(detector.isSupported("text/plain")).isFalse();
    }

    @Test
    void bytesNoFormatMatchesAreNotTakenForWhatTheirNameSays() throws IOException {
        Path file = Files.write(work.resolve("scan.png"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThat(detector.detect(file)).isEqualTo("application/octet-stream");
        assertThat(detector.isSupported(detector.detect(file))).isFalse();
    }

    @Test
    void recognizesTheImageFormatsScannersWrite() throws IOException {
        assertThat(detector.detect(Files.write(work.resolve("a"), TestDocuments.png(TestDocuments.page("A")))))
                .isEqualTo("image/png");
        assertThat(detector.detect(Files.write(work.resolve("b"), TestDocuments.tiff(TestDocuments.page("B")))))
                .isEqualTo("image/tiff");
        assertThat(detector.detect(Files.write(work.resolve("c"), TestDocuments.jpeg(TestDocuments.page("C")))))
                .isEqualTo("image/jpeg");
    }
}
