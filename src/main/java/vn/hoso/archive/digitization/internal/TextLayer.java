package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a born-digital PDF, page by page (PDFBox's text extraction, which Tika uses for PDFs too): taken
 * as the pages' text without OCR when every page has one. A scan, a PDF with some pages of images only, or a file
 * PDFBox cannot open has none here; the page stages then read it, or say precisely why they cannot.
 */
final class TextLayer {

    /** Fewer letters than this on a page means a scan with a stray header or page number, not a text layer. */
    static final int MIN_CHARACTERS_PER_PAGE = 20;

    private TextLayer() {
    }

    static Optional<List<String>> pagesOf(Path file, String mediaType) {
        if (!"application/pdf".equals(mediaType)) {
            return Optional.empty();
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted() || pdf.getNumberOfPages() > PageImages.MAX_PAGES) {
                return Optional.empty();
            }
            return pagesOf(pdf);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<List<String>> pagesOf(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = stripper.getText(pdf).strip();
            if (text.codePoints().filter(Character::isLetterOrDigit).count() < MIN_CHARACTERS_PER_PAGE) {
                return Optional.empty();
            }
            pages.add(text);
        }
        return pages.isEmpty() ? Optional.empty() : Optional.of(pages);
    }
}
