package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.hoso.archive.digitization.DigitizationFailure;

/**
 * The pages of a scanned file as images, one at a time and in order, so that memory holds a single decoded page
 * however long the document is. Images are checked for size before they are decoded.
 */
class PageImages {

    static final long MAX_PIXELS = 100_000_000L;

    private final int dpi;

    PageImages(int dpi) {
        this.dpi = dpi;
    }

    @FunctionalInterface
    interface PageVisitor {
        void visit(int pageNumber, BufferedImage image) throws InterruptedException;
    }

    /** Hands every page to the visitor and returns how many there were. */
    int forEachPage(Path file, String mediaType, PageVisitor visitor)
            throws IOException, InterruptedException, UnreadableDocumentException {
        return "application/pdf".equals(mediaType) ? forEachPdfPage(file, visitor) : forEachImagePage(file, visitor);
    }

    private int forEachImagePage(Path file, PageVisitor visitor)
            throws IOException, InterruptedException, UnreadableDocumentException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in);
                int pages = reader.getNumImages(true);
                for (int index = 0; index < pages; index++) {
                    refuseOversized(reader.getWidth(index), reader.getHeight(index), index + 1);
                    visitor.visit(index + 1, reader.read(index));
                }
                if (pages < 1) {
                    throw new UnreadableDocumentException(DigitizationFailure.UNREADABLE_DOCUMENT, "The image has no pages");
                }
                return pages;
            } catch (IOException | RuntimeException e) {
                throw new UnreadableDocumentException(DigitizationFailure.UNREADABLE_DOCUMENT,
                        "The image cannot be decoded: " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader readerFor(ImageInputStream in) throws UnreadableDocumentException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (in == null || !readers.hasNext()) {
            throw new UnreadableDocumentException(DigitizationFailure.UNREADABLE_DOCUMENT, "No image decoder recognizes the file");
        }
        return readers.next();
    }

    private int forEachPdfPage(Path file, PageVisitor visitor)
            throws IOException, InterruptedException, UnreadableDocumentException {
        try (PDDocument pdf = loadPdf(file)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            int pages = pdf.getNumberOfPages();
            if (pages < 1) {
                throw new UnreadableDocumentException(DigitizationFailure.UNREADABLE_DOCUMENT, "The PDF has no pages");
            }
            for (int index = 0; index < pages; index++) {
                var box = pdf.getPage(index).getCropBox();
                refuseOversized(Math.round(box.getWidth() / 72 * dpi), Math.round(box.getHeight() / 72 * dpi), index + 1);
                visitor.visit(index + 1, render(renderer, index));
            }
            return pages;
        }
    }

    private static PDDocument loadPdf(Path file) throws UnreadableDocumentException {
        try {
            return Loader.loadPDF(file.toFile(), "", null, null, MemoryUsageSetting.setupTempFileOnly().streamCache);
        } catch (IOException e) {
            throw new UnreadableDocumentException(DigitizationFailure.UNREADABLE_DOCUMENT,
                    "The PDF cannot be opened: " + e.getMessage(), e);
        }
    }

    private BufferedImage render(PDFRenderer renderer, int index) throws UnreadableDocumentException {
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(DigitizationFailure.UNREADABLE_DOCUMENT,
                    "Page " + (index + 1) + " of the PDF cannot be rendered: " + e.getMessage(), e);
        }
    }

    private static void refuseOversized(long width, long height, int pageNumber) throws UnreadableDocumentException {
        if (width * height > MAX_PIXELS) {
            throw new UnreadableDocumentException(DigitizationFailure.IMAGE_TOO_LARGE, "Page " + pageNumber + " is "
                    + width + " × " + height + " pixels; at most " + MAX_PIXELS + " pixels are decoded");
        }
    }
}
