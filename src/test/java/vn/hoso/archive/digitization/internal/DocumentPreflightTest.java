package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.archive.TestDocuments;
import vn.hoso.archive.digitization.DigitizationFailure;

/** The bad input a batch meets, each refused by the "check readable" stage with its own code before anything is stored. */
class DocumentPreflightTest {

    private final DocumentPreflight preflight = new DocumentPreflight(new MediaTypeDetector(), new PageImages(300));

    @TempDir
    Path work;

    @Test
    void aGoodScanPassesWithItsTypeFromTheBytesWhateverItsExtensionClaims() throws Exception {
        Path pdfNamedPng = Files.write(work.resolve("scan.png"), TestDocuments.imageOnlyPdf(2));
        assertThat(preflight.inspect(pdfNamedPng)).isEqualTo(new DocumentPreflight.Inspected("application/pdf", 2));
        Path tiff = Files.write(work.resolve("hop.tif"), TestDocuments.tiff(TestDocuments.page("1"), TestDocuments.page("2")));
        assertThat(preflight.inspect(tiff)).isEqualTo(new DocumentPreflight.Inspected("image/tiff", 2));
    }

    @Test
    void aZeroByteFileIsEmpty() throws IOException {
        assertRefused(Files.write(work.resolve("empty.pdf"), new byte[0]), DigitizationFailure.EMPTY_FILE);
    }

    @Test
    void textNamedAsAScanIsNotASupportedType() throws IOException {
        Path text = Files.writeString(work.resolve("scan.pdf"), "Biên bản họp thôn");
        assertRefused(text, DigitizationFailure.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void aTruncatedPdfIsUnreadable() throws IOException {
        assertRefused(Files.write(work.resolve("cut.pdf"), TestDocuments.truncatedPdf()), DigitizationFailure.UNREADABLE_DOCUMENT)
                .hasMessageContaining("truncated");
    }

    @Test
    void aPdfWithItsStructureOverwrittenIsUnreadable() throws IOException {
        assertRefused(Files.write(work.resolve("garbage.pdf"), BrokenDocuments.pdfWithGarbageInside()),
                DigitizationFailure.UNREADABLE_DOCUMENT);
    }

    @Test
    void aPasswordProtectedPdfIsEncrypted() throws IOException {
        assertRefused(Files.write(work.resolve("locked.pdf"), BrokenDocuments.encryptedPdf()),
                DigitizationFailure.ENCRYPTED_DOCUMENT);
    }

    @Test
    void aPdfCarryingJavaScriptIsRefusedNotStripped() throws IOException {
        assertRefused(Files.write(work.resolve("script.pdf"), BrokenDocuments.pdfWithJavaScript()),
                DigitizationFailure.ACTIVE_CONTENT);
    }

    @Test
    void decompressionBombsAreRefusedFromTheirHeaders() throws IOException {
        assertRefused(Files.write(work.resolve("bomb.png"), TestDocuments.pngDeclaring(60_000, 60_000)),
                DigitizationFailure.IMAGE_TOO_LARGE).hasMessageContaining("60000 × 60000");
        assertRefused(Files.write(work.resolve("bomb.tif"), BrokenDocuments.tiffDeclaring(60_000, 60_000)),
                DigitizationFailure.IMAGE_TOO_LARGE).hasMessageContaining("60000 × 60000");
        assertRefused(Files.write(work.resolve("bomb.pdf"), BrokenDocuments.pdfWithImageDeclaring(60_000, 60_000)),
                DigitizationFailure.IMAGE_TOO_LARGE);
    }

    @Test
    void aRealImageOfThirtyThousandPixelsSquareIsTooLarge() throws IOException {
        Path huge = Files.write(work.resolve("huge.png"), BrokenDocuments.blankPng(30_000, 30_000));
        assertThat(Files.size(huge)).isLessThan(2_000_000);
        assertRefused(huge, DigitizationFailure.IMAGE_TOO_LARGE).hasMessageContaining("30000 × 30000");
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path file,
                                                                                           DigitizationFailure failure) {
        return assertThatThrownBy(() -> preflight.inspect(file))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.failure()).isEqualTo(failure));
    }
}
